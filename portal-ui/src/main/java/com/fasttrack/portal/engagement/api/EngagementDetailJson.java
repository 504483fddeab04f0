package com.fasttrack.portal.engagement.api;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.health.Health;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One engagement with its parts, as the detail endpoint returns it; shared content only for customers. */
public record EngagementDetailJson(String id, long version, String title, String customer, String region,
                                   String option, String phase, String status, String goal, HealthJson health,
                                   List<EngagementJson.Workload> workloads, List<String> engineers,
                                   List<StakeholderJson> stakeholders, Map<String, List<ChecklistJson>> checklists,
                                   List<TransitionJson> transitions, @Nullable LocalDate targetGoLive,
                                   Map<String, LocalDate> plannedEnds) {

    /** Health with its reasons. */
    public record HealthJson(String colour, int score, List<String> reasons, boolean overridden) {
    }

    /** A customer-side person. */
    public record StakeholderJson(String name, @Nullable String email, String role) {
    }

    /** One checklist line. */
    public record ChecklistJson(String item, String label, boolean done) {
    }

    /** One phase transition. */
    public record TransitionJson(String from, String to, String by, Instant at, @Nullable String reason,
                                 boolean override) {
    }

    static EngagementDetailJson of(EngagementDetails d) {
        Health health = d.health();
        Engagement e = d.engagement();
        Map<String, List<ChecklistJson>> checklists = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            checklists.put(phase.name(), d.checklists().get(phase).stream()
                    .map(c -> new ChecklistJson(c.item().name(), c.item().label(), c.done())).toList());
        }
        Map<String, LocalDate> ends = new LinkedHashMap<>();
        e.plannedEnds().forEach((phase, date) -> ends.put(phase.name(), date));
        return new EngagementDetailJson(e.id().toString(), e.version(), e.title(), d.customer().name(),
                d.customer().homeRegion().displayName(), e.option().name(), e.phase().name(), e.status().name(),
                e.goal(), new HealthJson(health.colour().name(), health.score(), health.reasons(), health.overridden()),
                d.workloads().stream().map(w -> new EngagementJson.Workload(w.code().value(), w.name(), w.preview()))
                        .toList(),
                d.engineers().stream().map(EngagementDetails.Person::name).toList(),
                e.stakeholders().stream().map(s -> new StakeholderJson(s.name(), s.email(), s.role().name())).toList(),
                checklists,
                d.transitions().stream().map(t -> new TransitionJson(t.from(), t.to(), t.by(), t.at(), t.reason(),
                        t.override())).toList(),
                e.targetGoLive(), ends);
    }
}
