package com.fasttrack.portal.engagement;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/** A workload's availability in one region, optionally only from a date on. */
public record RegionalAvailability(Availability status, @Nullable LocalDate availableFrom) {

    public static final RegionalAvailability UNAVAILABLE = new RegionalAvailability(Availability.UNAVAILABLE, null);

    public RegionalAvailability {
        Objects.requireNonNull(status, "status");
    }

    /** What holds on the given day: before "available from" the workload is not available yet. */
    public Availability on(LocalDate day) {
        if (availableFrom != null && day.isBefore(availableFrom)) {
            return Availability.UNAVAILABLE;
        }
        return status;
    }
}
