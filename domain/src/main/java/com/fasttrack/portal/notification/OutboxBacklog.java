package com.fasttrack.portal.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * The mail outbox at one moment: mails still to send (immediate, and digest ones waiting for their hour), since when
 * the oldest immediate one waits, and how many were given up.
 */
public record OutboxBacklog(long pendingImmediate, long pendingDigest, Optional<Instant> oldestImmediate,
                            long failed) {

    /** All mails still to send. */
    public long pending() {
        return pendingImmediate + pendingDigest;
    }

    /** Reads the outbox as it stands, cheaply; the port the readiness probe and the metrics use. */
    public interface Reader {
        OutboxBacklog read();
    }
}
