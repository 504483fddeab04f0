package com.fasttrack.portal.portfolio;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.organisation.Region;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One engagement on a dashboard. Blocker counts only include what the viewer may see (no internal blockers for
 * customers and partners).
 */
public record PortfolioRow(EngagementId id, String title, String customerName, Region region, PartnershipOption option,
                           Phase phase, EngagementStatus status, HealthColour health, int healthScore,
                           List<String> healthReasons, boolean healthOverridden, @Nullable LocalDate nextCheckInDue,
                           int openBlockers, int escalatedBlockers) {

    public PortfolioRow {
        healthReasons = List.copyOf(healthReasons);
    }

    /** Days the next check-in is overdue on the given day (0 when it is not). */
    public long checkInOverdueDays(LocalDate today) {
        return nextCheckInDue == null || !today.isAfter(nextCheckInDue) ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(nextCheckInDue, today);
    }
}
