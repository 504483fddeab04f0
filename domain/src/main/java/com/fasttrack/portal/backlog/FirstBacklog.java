package com.fasttrack.portal.backlog;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.shared.DomainException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A first backlog drafted from the engagement's workloads once a partner is settled: per workload, an assessment
 * in iteration 1 and the migration in iteration 2 of "Release 1", assigned to the accepted partner.
 */
public final class FirstBacklog {

    public static final String FIRST_RELEASE = "Release 1";

    private FirstBacklog() {
    }

    public static List<BacklogItem> draft(EngagementId engagement, List<WorkloadArea> workloads, PartnerMatch match,
                                          long existingItems, Instant at) {
        if (existingItems > 0) {
            throw new DomainException("This engagement already has a backlog");
        }
        if (!match.engagementId().equals(engagement) || !match.status().givesPartnerAccess()) {
            throw new DomainException("A first backlog needs an accepted or engaged partner");
        }
        if (workloads.isEmpty()) {
            throw new DomainException("The engagement has no workloads to plan");
        }
        Assignee partner = Assignee.partner(match.partner().orElseThrow(), match.partnerName().orElseThrow());
        Set<com.fasttrack.portal.engagement.WorkloadCode> codes = workloads.stream().map(WorkloadArea::code)
                .collect(Collectors.toSet());
        List<BacklogItem> items = new ArrayList<>();
        for (WorkloadArea area : workloads) {
            items.add(BacklogItem.create(engagement, codes, "Assess and plan: " + area.name(), area.code(), partner,
                    FIRST_RELEASE, 1, 3, at));
            items.add(BacklogItem.create(engagement, codes, "Migrate: " + area.name(), area.code(), partner,
                    FIRST_RELEASE, 2, 8, at));
        }
        return items;
    }
}
