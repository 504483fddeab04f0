package com.fasttrack.portal.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * The mail outbox at one moment: mails still to send (immediate and digest), since when the oldest immediate one
 * waits, and how many were given up.
 */
public record OutboxBacklog(long pending, Optional<Instant> oldestImmediate, long failed) {

    /** Reads the outbox as it stands; the port the readiness probe and the metrics use. */
    public interface Reader {
        OutboxBacklog read();
    }
}
