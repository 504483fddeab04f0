package com.fasttrack.portal.operations;

import com.fasttrack.portal.live.postgres.PostgresLiveEvents;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "listen" in the readiness group: whether this instance's LISTEN connection is up. Without it the instance serves
 * pages that never update live, so the load balancer should send users to another one until it is back.
 */
@Component
class ListenHealthIndicator implements HealthIndicator {

    private final PostgresLiveEvents events;

    ListenHealthIndicator(PostgresLiveEvents events) {
        this.events = events;
    }

    @Override
    public Health health() {
        Health.Builder health = events.isListening() ? Health.up() : Health.down();
        events.lastFailure().ifPresent(failure -> health.withDetail("lastFailure", failure));
        return health.build();
    }
}
