package com.fasttrack.portal.operations;

import com.fasttrack.portal.notification.OutboxBacklog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * "outbox" in the readiness group: DOWN when the mail outbox cannot be read. Mail waiting long (an SMTP outage)
 * stays UP with the figures as details: every instance shares the outbox, so a slow mail server would take all of
 * them out of rotation at once while none could do better (docs/decisions/016).
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(OutboxHealthIndicator.class);

    private final OutboxBacklog.Reader outbox;
    private final Clock clock;

    OutboxHealthIndicator(OutboxBacklog.Reader outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Health health() {
        OutboxBacklog backlog;
        try {
            backlog = outbox.read();
        } catch (RuntimeException failed) {
            if (DatabaseUnavailable.causedBy(failed)) {
                DatabaseUnavailable.log(log, "reading the mail outbox", failed);
            } else {
                log.warn("Could not read the mail outbox", failed);
            }
            return Health.down().withDetail("error", "the mail outbox cannot be read").build();
        }
        Health.Builder health = Health.up().withDetail("pending", backlog.pending())
                .withDetail("failed", backlog.failed());
        backlog.oldestImmediate().ifPresent(oldest -> health.withDetail("oldestImmediateWaitingSeconds",
                Math.max(0, Duration.between(oldest, Instant.now(clock)).toSeconds())));
        return health.build();
    }
}
