package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;

import org.jspecify.annotations.Nullable;

/** Narrows the partner directory; every part is optional. */
public record PartnerFilter(@Nullable String name, @Nullable PartnerType type, @Nullable Region region,
                            @Nullable WorkloadCode specialty) {

    public static PartnerFilter none() {
        return new PartnerFilter(null, null, null, null);
    }
}
