package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.PhaseTransition;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles an engagement's page in a fixed number of queries (customer, catalogue, people, health). */
@NotABoundary("assembles the page for EngagementService.details inside its read-only transaction, after its scope check")
@Component
class EngagementDetailsReader {

    private final Organisations organisations;
    private final WorkloadCatalogue catalogue;
    private final UserAccounts users;
    private final EngagementHealth health;
    private final Clock clock;

    EngagementDetailsReader(Organisations organisations, WorkloadCatalogue catalogue, UserAccounts users,
                            EngagementHealth health, Clock clock) {
        this.health = health;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.users = users;
        this.clock = clock;
    }

    /**
     * {@code openBlockers}: those open that the user may see; {@code sharedOpenBlockers}: those open that customers
     * and partners may see.
     */
    EngagementDetails read(Engagement engagement, EngagementScope scope, Set<Capability> capabilities,
                           long openBlockers, long sharedOpenBlockers) {
        Organisation customer = organisations.findById(engagement.customerId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<EngagementDetails.Workload> workloads = catalogue.all().stream()
                .filter(area -> engagement.workloads().contains(area.code()))
                .map(area -> new EngagementDetails.Workload(area.code(), area.name(),
                        area.isPreviewIn(customer.homeRegion(), today)))
                .toList();

        Set<UserId> people = new HashSet<>(engagement.engineers());
        engagement.transitions().forEach(t -> people.add(t.by()));
        Map<UserId, String> names = users.findByIds(people).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));

        List<EngagementDetails.Person> engineers = engagement.engineers().stream()
                .map(id -> new EngagementDetails.Person(id, names.getOrDefault(id, "Former user")))
                .sorted(Comparator.comparing(EngagementDetails.Person::name))
                .toList();
        Map<Phase, List<ChecklistEntry>> checklists = checklists(engagement, openBlockers);
        Map<Phase, List<ChecklistEntry>> shared = sharedOpenBlockers == openBlockers ? checklists
                : checklists(engagement, sharedOpenBlockers);
        List<EngagementDetails.Transition> transitions = engagement.transitions().stream()
                .map(t -> transition(t, names::get)).toList();
        Health current = health.current(engagement.id(), scope).orElseThrow(() -> new NotFoundException("Engagement"));
        return new EngagementDetails(engagement, customer, workloads, engineers, checklists, shared, transitions,
                current, capabilities);
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
