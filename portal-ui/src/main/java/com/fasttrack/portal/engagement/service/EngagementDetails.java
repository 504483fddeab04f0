package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An engagement as its page shows it to the current user, with what that user may do. {@code checklists} stand as the
 * user may see them; {@code sharedChecklists} as customers and partners may (for a shared report staff hand out):
 * an internal blocker leaves "blockers removed" unticked only for the provider's staff.
 */
public record EngagementDetails(Engagement engagement, Organisation customer, List<Workload> workloads,
                                List<Person> engineers, Map<Phase, List<ChecklistEntry>> checklists,
                                Map<Phase, List<ChecklistEntry>> sharedChecklists,
                                List<Transition> transitions, Permissions permissions) {

    /** A workload of the engagement; preview in the customer's region is marked. */
    public record Workload(WorkloadCode code, String name, boolean preview) {
    }

    /** A person named by id and display name. */
    public record Person(UserId id, String name) {
    }

    /** A phase transition with the name of who made it. */
    public record Transition(String from, String to, String by, Instant at, @Nullable String reason,
                             boolean override) {
    }

    /** What the current user may change on this engagement. */
    public record Permissions(boolean editFields, boolean editGoal, boolean editStakeholders, boolean movePhase,
                              boolean overrideGate, boolean assignEngineers) {

        public static final Permissions NONE = new Permissions(false, false, false, false, false, false);
    }
}
