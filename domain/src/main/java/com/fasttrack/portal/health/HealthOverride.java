package com.fasttrack.portal.health;

import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.shared.Require;

import java.time.LocalDate;
import java.util.Objects;

/** An engineer's manual colour, with who, why and until when (at most 30 days ahead). */
public record HealthOverride(HealthColour colour, String reason, UserId by, String byName, LocalDate until) {

    public static final int MAX_DAYS = 30;
    public static final int REASON_MAX = 1000;

    public HealthOverride {
        Objects.requireNonNull(colour, "colour");
        reason = Require.nonBlankText(reason, "Reason", REASON_MAX);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(until, "until");
    }

    /** A new override set today; its expiry must lie after today and at most 30 days ahead. */
    public static HealthOverride set(HealthColour colour, String reason, UserId by, String byName, LocalDate until,
                                     LocalDate today) {
        if (!until.isAfter(today)) {
            throw new DomainException("The override must expire after today");
        }
        if (until.isAfter(today.plusDays(MAX_DAYS))) {
            throw new DomainException("An override lasts at most " + MAX_DAYS + " days (until " + today.plusDays(MAX_DAYS)
                    + ")");
        }
        return new HealthOverride(colour, reason, by, byName, until);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(until);
    }
}
