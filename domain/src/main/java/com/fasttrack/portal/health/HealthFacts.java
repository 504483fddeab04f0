package com.fasttrack.portal.health;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.engagement.Cadence;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What health is computed from, gathered for one engagement at one moment. */
public record HealthFacts(LocalDate today, Instant now, LocalDate nextCheckInDue, Cadence cadence,
                          List<Blocker> openBlockers, @Nullable LocalDate currentPhasePlannedEnd,
                          @Nullable HealthOverride override) {

    public HealthFacts {
        openBlockers = List.copyOf(openBlockers);
    }
}
