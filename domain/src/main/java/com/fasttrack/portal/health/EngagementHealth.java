package com.fasttrack.portal.health;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port to an engagement's stored health: the current assessment (so lists can sort and filter by it in SQL),
 * the engineer's override, and the history of colour changes.
 */
public interface EngagementHealth {

    /**
     * Stores the assessment and the next check-in due date on the engagement; appends a history point when the
     * shown colour, or whether it is overridden, changed since the last point (or there is none yet).
     */
    void store(EngagementId engagement, Health health, LocalDate nextCheckInDue, Instant at);

    Optional<HealthOverride> override(EngagementId engagement);

    /** Sets or (with null) clears the override. */
    void override(EngagementId engagement, @Nullable HealthOverride override);

    /** The stored assessment, if the engagement lies within the scope. */
    Optional<Health> current(EngagementId engagement, EngagementScope scope);

    /** Colour changes, oldest first, within the scope. */
    List<HealthPoint> history(EngagementId engagement, EngagementScope scope);

    /** Engagements still running (active or on hold): the daily job reassesses these. */
    List<EngagementId> running();
}
