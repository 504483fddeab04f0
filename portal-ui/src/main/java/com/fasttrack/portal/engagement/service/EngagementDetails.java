package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementOutline;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An engagement as its page shows it to the current user, with its health and what that user may do on it
 * ({@code capabilities}, decided by {@link com.fasttrack.portal.engagement.CapabilityPolicy}, as the services do). {@code checklists} stand as the
 * user may see them; {@code sharedChecklists} as customers and partners may (for a shared report staff hand out):
 * an internal blocker leaves "blockers removed" unticked only for the provider's staff. {@code nextCheckInDue}: the
 * latest check-in's "next" date, or the start plus the cadence; {@code engagedPartner}: the partner organisation whose
 * match is accepted or engaged, if any.
 */
public record EngagementDetails(Engagement engagement, Organisation customer, List<Workload> workloads,
                                List<Person> engineers, Map<Phase, List<ChecklistEntry>> checklists,
                                Map<Phase, List<ChecklistEntry>> sharedChecklists,
                                List<Transition> transitions, Health health, Set<Capability> capabilities,
                                LocalDate nextCheckInDue, EngagementOutline.@Nullable EngagedPartner engagedPartner) {

    public EngagementDetails {
        capabilities = Set.copyOf(capabilities);
    }

    /** Whether the current user may do this on the engagement now; the page shows a control exactly then. */
    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

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
}
