package com.fasttrack.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The figures of sign-in and bearer-token throttling, from {@code portal.sign-in.*} (defaults and meaning in
 * application.properties).
 */
@Component
public class ThrottleSettings {

    private final ThrottlePolicy account;
    private final ThrottlePolicy address;
    private final ThrottlePolicy token;

    ThrottleSettings(@Value("${portal.sign-in.max-failures:5}") int maxFailures,
                     @Value("${portal.sign-in.window:15m}") Duration window,
                     @Value("${portal.sign-in.first-lock:1m}") Duration firstLock,
                     @Value("${portal.sign-in.max-lock:60m}") Duration maxLock,
                     @Value("${portal.sign-in.reset-after:12h}") Duration resetAfter,
                     @Value("${portal.sign-in.address.max-failures:30}") int addressMaxFailures,
                     @Value("${portal.sign-in.address.window:15m}") Duration addressWindow,
                     @Value("${portal.sign-in.address.first-lock:15m}") Duration addressFirstLock,
                     @Value("${portal.sign-in.address.max-lock:60m}") Duration addressMaxLock,
                     @Value("${portal.sign-in.token.max-failures:5}") int tokenMaxFailures) {
        this.account = new ThrottlePolicy(maxFailures, window, firstLock, maxLock, resetAfter);
        this.address = new ThrottlePolicy(addressMaxFailures, addressWindow, addressFirstLock, addressMaxLock,
                resetAfter);
        this.token = new ThrottlePolicy(tokenMaxFailures, window, firstLock, maxLock, resetAfter);
    }

    /** One account from one address. */
    public ThrottlePolicy account() {
        return account;
    }

    /** Refused bearer tokens from one address: the account's window and waits, its own ceiling. */
    public ThrottlePolicy token() {
        return token;
    }

    /** One address across all accounts: the ceiling against password spraying. */
    public ThrottlePolicy address() {
        return address;
    }
}
