package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementOutline;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.PhaseTransition;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Assembles an engagement's page from its outline (one statement: the record, customer, workloads, names, blocker
 * counts, latest check-in) and its health (one more), decision 025.
 */
@NotABoundary("assembles the page for EngagementService.details inside its read-only transaction, after its scope check")
@Component
class EngagementDetailsReader {

    private final EngagementHealth health;
    private final Clock clock;

    EngagementDetailsReader(EngagementHealth health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    EngagementDetails read(EngagementOutline outline, EngagementScope scope, Set<Capability> capabilities) {
        Engagement engagement = outline.engagement();
        LocalDate today = LocalDate.now(clock);
        List<EngagementDetails.Workload> workloads = outline.workloads().stream()
                .map(w -> new EngagementDetails.Workload(w.code(), w.name(),
                        w.availability().on(today) == Availability.PREVIEW))
                .toList();
        Map<UserId, String> names = outline.names();
        List<EngagementDetails.Person> engineers = engagement.engineers().stream()
                .map(id -> new EngagementDetails.Person(id, names.getOrDefault(id, "Former user")))
                .sorted(Comparator.comparing(EngagementDetails.Person::name))
                .toList();
        // open blockers: those the user may see, and those customers and partners may see
        Map<Phase, List<ChecklistEntry>> checklists = checklists(engagement, outline.openBlockers());
        Map<Phase, List<ChecklistEntry>> shared = outline.sharedOpenBlockers() == outline.openBlockers() ? checklists
                : checklists(engagement, outline.sharedOpenBlockers());
        List<EngagementDetails.Transition> transitions = engagement.transitions().stream()
                .map(t -> transition(t, names::get)).toList();
        Health current = health.current(engagement.id(), scope).orElseThrow(() -> new NotFoundException("Engagement"));
        return new EngagementDetails(engagement, outline.customer(), workloads, engineers, checklists, shared,
                transitions, current, capabilities, outline.nextCheckInDue(clock.getZone()));
    }

    private static Map<Phase, List<ChecklistEntry>> checklists(Engagement engagement, long openBlockers) {
        Map<Phase, List<ChecklistEntry>> checklists = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            checklists.put(phase, engagement.checklist(phase, Math.toIntExact(openBlockers)));
        }
        return checklists;
    }

    private static EngagementDetails.Transition transition(PhaseTransition t, Function<UserId, String> names) {
        String by = names.apply(t.by());
        return new EngagementDetails.Transition(t.from().label(), t.toLabel(), by == null ? "Former user" : by,
                t.at(), t.reason(), t.override());
    }
}
