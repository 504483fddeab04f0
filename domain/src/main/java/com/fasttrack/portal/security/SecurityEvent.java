package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the security audit log: what happened, when, to which account (by id and by the e-mail that was
 * typed, since a failed sign-in may name no account), who did it and from which client address. Never a password.
 * Services publish it as an application event inside their transaction; the audit listener appends it.
 */
public record SecurityEvent(SecurityEventKind kind, Instant at, @Nullable UserId subject,
                            @Nullable String subjectEmail, @Nullable UserId actor, @Nullable String clientAddress,
                            String detail) {

    public static final int DETAIL_MAX = 500;
    public static final int EMAIL_MAX = 254;
    public static final int ADDRESS_MAX = 64;

    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = Require.cut(detail, DETAIL_MAX);
        subjectEmail = subjectEmail == null ? null : Require.cut(subjectEmail, EMAIL_MAX);
        clientAddress = clientAddress == null ? null : Require.cut(clientAddress, ADDRESS_MAX);
    }
}
