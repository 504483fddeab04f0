package com.fasttrack.portal.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * Who claims mails from the outbox, when, and until when they are its to send: a claim not marked by then (its
 * instance died between sending and marking) is claimed again by anyone. {@code retriesOnly} claims only mails that
 * failed before and are due again.
 */
public record MailClaim(String by, Instant at, Instant until, boolean retriesOnly) {

    public MailClaim {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("A claim must last: " + at + " to " + until);
        }
    }
}
