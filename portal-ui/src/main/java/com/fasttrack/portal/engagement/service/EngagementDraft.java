package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** What the engagement form hands out: the fields of a new engagement or of an edit. */
public record EngagementDraft(@Nullable OrganisationId customerId, String title, String goal,
                              @Nullable PartnershipOption option, Set<WorkloadCode> workloads, Set<UserId> engineers,
                              @Nullable LocalDate targetGoLive, Map<Phase, LocalDate> plannedEnds) {

    public EngagementDraft {
        title = title == null ? "" : title;
        goal = goal == null ? "" : goal;
        workloads = Set.copyOf(workloads);
        engineers = Set.copyOf(engineers);
        plannedEnds = Map.copyOf(plannedEnds);
    }

    /** The engagement's fields as they stand: what an edit starts from. */
    public static EngagementDraft of(Engagement engagement) {
        return new EngagementDraft(engagement.customerId(), engagement.title(), engagement.goal(), engagement.option(),
                engagement.workloads(), engagement.engineers(), engagement.targetGoLive(), engagement.plannedEnds());
    }

    /** This draft with another goal / vision. */
    public EngagementDraft withGoal(String newGoal) {
        return new EngagementDraft(customerId, title, newGoal, option, workloads, engineers, targetGoLive, plannedEnds);
    }
}
