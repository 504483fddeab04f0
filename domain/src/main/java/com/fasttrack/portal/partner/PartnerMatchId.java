package com.fasttrack.portal.partner;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partner match. */
public record PartnerMatchId(UUID value) {

    public PartnerMatchId {
        Objects.requireNonNull(value, "value");
    }

    public static PartnerMatchId random() {
        return new PartnerMatchId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
