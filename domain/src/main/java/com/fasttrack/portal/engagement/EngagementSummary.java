package com.fasttrack.portal.engagement;

import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.organisation.Region;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** One row of the engagements list, read in a few queries for a whole page. */
public record EngagementSummary(EngagementId id, String customerName, Region customerRegion, String title,
                                PartnershipOption option, Phase phase, EngagementStatus status,
                                List<WorkloadChip> workloads, List<String> engineers,
                                @Nullable LocalDate nextCheckIn, HealthColour health) {

    public EngagementSummary {
        workloads = List.copyOf(workloads);
        engineers = List.copyOf(engineers);
    }

    /** A workload as a list shows it, marked when it is a preview in the customer's region. */
    public record WorkloadChip(WorkloadCode code, String name, boolean preview) {
    }
}
