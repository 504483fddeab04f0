package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.Require;

import java.util.Locale;
import java.util.Objects;

/**
 * Names one failure counter. {@code account} is the e-mail as typed, lower-cased (a guessed e-mail need not
 * exist), empty for the address-wide and token counters.
 */
public record ThrottleKey(ThrottleKind kind, String account, String clientAddress) {

    public static final int ACCOUNT_MAX = 254;
    public static final int ADDRESS_MAX = 64;

    public ThrottleKey {
        Objects.requireNonNull(kind, "kind");
        account = Require.cut(account.toLowerCase(Locale.ROOT), ACCOUNT_MAX);
        clientAddress = Require.cut(clientAddress, ADDRESS_MAX);
        if ((kind == ThrottleKind.ACCOUNT) == account.isEmpty()) {
            throw new IllegalArgumentException("Only an account counter names an account");
        }
    }

    public static ThrottleKey account(String typedEmail, String clientAddress) {
        return new ThrottleKey(ThrottleKind.ACCOUNT, typedEmail, clientAddress);
    }

    public static ThrottleKey address(String clientAddress) {
        return new ThrottleKey(ThrottleKind.ADDRESS, "", clientAddress);
    }

    public static ThrottleKey token(String clientAddress) {
        return new ThrottleKey(ThrottleKind.TOKEN, "", clientAddress);
    }

    /** The account part as it is stored and compared: the typed e-mail, lower-cased. */
    public static String normalised(String typedEmail) {
        return new ThrottleKey(ThrottleKind.ACCOUNT, typedEmail.isBlank() ? "?" : typedEmail, "").account();
    }
}
