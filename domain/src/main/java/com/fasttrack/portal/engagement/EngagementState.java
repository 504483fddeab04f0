package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything an engagement holds, as stored; adapters read it out and hand it back to {@link Engagement#restore}. */
public record EngagementState(
        EngagementId id,
        long version,
        OrganisationId customerId,
        String title,
        String goal,
        PartnershipOption option,
        Set<WorkloadCode> workloads,
        Set<UserId> engineers,
        List<Stakeholder> stakeholders,
        EngagementStatus status,
        Phase phase,
        Map<Phase, LocalDate> plannedEnds,
        @Nullable LocalDate targetGoLive,
        @Nullable LocalDate pocGoLive,
        String assessmentNote,
        Set<ChecklistItem> ticked,
        List<PhaseTransition> transitions,
        Instant createdAt,
        @Nullable Integer cadenceDays) {

    public EngagementState {
        workloads = Set.copyOf(workloads);
        engineers = Set.copyOf(engineers);
        stakeholders = List.copyOf(stakeholders);
        plannedEnds = Map.copyOf(plannedEnds);
        ticked = Set.copyOf(ticked);
        transitions = List.copyOf(transitions);
    }
}
