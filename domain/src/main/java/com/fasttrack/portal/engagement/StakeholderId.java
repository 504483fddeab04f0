package com.fasttrack.portal.engagement;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stakeholder on an engagement. */
public record StakeholderId(UUID value) {

    public StakeholderId {
        Objects.requireNonNull(value, "value");
    }

    public static StakeholderId random() {
        return new StakeholderId(UUID.randomUUID());
    }
}
