package com.fasttrack.portal.engagement.api;

import com.fasttrack.portal.engagement.EngagementSummary;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** An engagement as the list endpoint returns it. */
public record EngagementJson(String id, String title, String customer, String region, String option, String phase,
                             String status, String health, List<Workload> workloads, List<String> engineers,
                             @Nullable LocalDate nextCheckIn) {

    /** A workload, with its preview mark in the customer's region. */
    public record Workload(String code, String name, boolean preview) {
    }

    static EngagementJson of(EngagementSummary s) {
        return new EngagementJson(s.id().toString(), s.title(), s.customerName(), s.customerRegion().displayName(),
                s.option().name(), s.phase().name(), s.status().name(), s.health().name(),
                s.workloads().stream().map(w -> new Workload(w.code().value(), w.name(), w.preview())).toList(),
                s.engineers(), s.nextCheckIn());
    }
}
