package com.fasttrack.portal.engagement;

import com.fasttrack.portal.shared.DomainException;

import java.time.Period;

/** How often an engagement checks in: weekly in Discovery and Solution enablement, fortnightly after. */
public record Cadence(int days) {

    public static final int MAX_DAYS = 90;

    public Cadence {
        if (days < 1 || days > MAX_DAYS) {
            throw new DomainException("The check-in cadence must be between 1 and " + MAX_DAYS + " days");
        }
    }

    public static Cadence defaultFor(Phase phase) {
        return phase == Phase.CONTINUOUS_PARTNERSHIP ? new Cadence(14) : new Cadence(7);
    }

    public Period period() {
        return Period.ofDays(days);
    }

    public String label() {
        return switch (days) {
            case 7 -> "weekly";
            case 14 -> "every two weeks";
            default -> "every " + days + " days";
        };
    }
}
