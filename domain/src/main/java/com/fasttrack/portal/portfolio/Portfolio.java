package com.fasttrack.portal.portfolio;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The port for dashboard queries; all of them run in SQL within the scope. */
public interface Portfolio {

    /** Running engagements (active or on hold) in the scope, worst health first (lowest score), then title. */
    List<PortfolioRow> rows(EngagementScope scope, LocalDate today, Instant now, PageRequest page);

    /**
     * Counts over running engagements in the scope: check-ins overdue (due before today), blockers escalated
     * (open and critical for more than 3 days, or past due), check-ins due from today to today + 6 days, and
     * engagements per shown health colour.
     */
    PortfolioCounts counts(EngagementScope scope, LocalDate today, Instant now);

    /** Running engagements in the scope per value of the dimension (enum names, region codes), largest first. */
    LinkedHashMap<String, Long> distribution(EngagementScope scope, Dimension dimension);

    /** {@link #distribution} for every dimension at once, in one statement. */
    Map<Dimension, LinkedHashMap<String, Long>> distributions(EngagementScope scope);

    /**
     * The open blockers the scope may see on these engagements, at most {@code perEngagement} each, most severe
     * first, in one statement whatever the number of engagements.
     */
    List<CardBlocker> openBlockers(List<EngagementId> engagements, EngagementScope scope, int perEngagement);

    /** The latest check-in of each of these engagements that has one, in one statement; no internal note. */
    List<CardCheckIn> latestCheckIns(List<EngagementId> engagements, EngagementScope scope);
}
