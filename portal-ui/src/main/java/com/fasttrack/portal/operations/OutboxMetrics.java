package com.fasttrack.portal.operations;

import com.fasttrack.portal.notification.OutboxBacklog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code portal.outbox.pending} (by delivery: immediate, digest) and {@code portal.outbox.failed}: the mails waiting
 * and given up, for all instances (they share the table). Counted every 30 seconds, not on each scrape: a scrape
 * must answer at once even while the database is slow or away (then the last counts stay).
 */
@Component
class OutboxMetrics {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final OutboxBacklog.Reader backlog;
    private final AtomicLong immediate = new AtomicLong();
    private final AtomicLong digest = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    OutboxMetrics(OutboxBacklog.Reader backlog, MeterRegistry registry) {
        this.backlog = backlog;
        gauge("portal.outbox.pending", immediate, "Mails waiting to be sent").tag("delivery", "immediate")
                .register(registry);
        gauge("portal.outbox.pending", digest, "Mails waiting to be sent").tag("delivery", "digest")
                .register(registry);
        gauge("portal.outbox.failed", failed, "Mails given up after their last attempt").register(registry);
    }

    private static Gauge.Builder<AtomicLong> gauge(String name, AtomicLong value, String description) {
        return Gauge.builder(name, value, AtomicLong::get).description(description);
    }

    @Scheduled(initialDelay = 5_000, fixedDelayString = "${portal.metrics.outbox-refresh:30s}")
    void refresh() {
        try {
            OutboxBacklog now = backlog.read();
            immediate.set(now.pendingImmediate());
            digest.set(now.pendingDigest());
            failed.set(now.failed());
        } catch (DataAccessException unavailable) {
            log.debug("Outbox metrics not refreshed: {}", unavailable.getMessage());
        }
    }
}
