package com.fasttrack.portal.security;

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

    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail.strip();
        if (detail.length() > DETAIL_MAX) {
            detail = detail.substring(0, DETAIL_MAX);
        }
        if (subjectEmail != null && subjectEmail.length() > EMAIL_MAX) {
            subjectEmail = subjectEmail.substring(0, EMAIL_MAX);
        }
    }
}
