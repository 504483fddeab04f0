package com.fasttrack.portal.health.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthOverrideEnded;
import com.fasttrack.portal.health.HealthOverridden;
import com.fasttrack.portal.health.HealthOverride;
import com.fasttrack.portal.health.HealthPoint;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An engagement's health as its page shows it, and the engineers' manual override. */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class HealthService {

    private final EngagementHealth health;
    private final EngagementAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthService(EngagementHealth health, EngagementAccess access, ApplicationEventPublisher events, Clock clock) {
        this.health = health;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Health current(EngagementId id) {
        return health.current(id, scope()).orElseThrow(() -> new NotFoundException("Engagement"));
    }

    /** The colour changes, oldest first; scoped in SQL, so an id outside the scope has none (one statement). */
    @Transactional(readOnly = true)
    public List<HealthPoint> history(EngagementId id) {
        return health.history(id, scope());
    }

    /** An assigned engineer (or a program manager) sets the colour by hand, with a reason, for at most 30 days. */
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public Health override(EngagementId id, HealthColour colour, String reason, LocalDate until) {
        access.loadFor(Capability.OVERRIDE_HEALTH, id);
        PortalUser user = access.user();
        health.override(id, HealthOverride.set(colour, reason, user.id(), user.displayName(), until,
                LocalDate.now(clock)));
        events.publishEvent(new HealthOverridden(id, colour, reason, until, access.actor(), now()));
        // reassessed by the event's listener, in this transaction
        return current(id);
    }

    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public Health clearOverride(EngagementId id) {
        access.loadFor(Capability.OVERRIDE_HEALTH, id);
        health.override(id, null);
        events.publishEvent(new HealthOverrideEnded(id, access.actor(), now()));
        return current(id);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private EngagementScope scope() {
        return access.scope();
    }
}
