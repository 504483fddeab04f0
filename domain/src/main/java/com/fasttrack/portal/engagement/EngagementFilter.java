package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Region;

import org.jspecify.annotations.Nullable;

/** What the engagements list is filtered by; every criterion is optional and applied in SQL. */
public record EngagementFilter(String text, @Nullable Phase phase, @Nullable EngagementStatus status,
                               @Nullable PartnershipOption option, @Nullable WorkloadCode workload,
                               @Nullable Region region) {

    public static final EngagementFilter NONE = new EngagementFilter("", null, null, null, null, null);

    public EngagementFilter {
        text = text == null ? "" : text.strip();
    }
}
