package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementOutline;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.PhaseTransition;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.health.HealthOverride;
import com.fasttrack.portal.security.UserId;
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
 * Assembles an engagement's page from its outline: one statement for the record, customer, workloads, names, blocker
 * counts, latest check-in and stored health (decision 025).
 */
@NotABoundary("assembles the page for EngagementService.details inside its read-only transaction, after its scope check")
@Component
class EngagementDetailsReader {

    private final Clock clock;

    EngagementDetailsReader(Clock clock) {
        this.clock = clock;
    }

    EngagementDetails read(EngagementOutline outline, Set<Capability> capabilities) {
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
        return new EngagementDetails(engagement, outline.customer(), workloads, engineers, checklists, shared,
                transitions, health(outline.health()), capabilities, outline.nextCheckInDue(clock.getZone()),
                outline.engagedPartner());
    }

    private static Health health(EngagementOutline.StoredHealth stored) {
        HealthOverride override = stored.overrideColour() == null ? null : new HealthOverride(stored.overrideColour(),
                stored.overrideReason(), stored.overrideBy(), stored.overrideByName(), stored.overrideUntil());
        return new Health(stored.colour(), stored.computed(), stored.score(), stored.reasons(), override);
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
