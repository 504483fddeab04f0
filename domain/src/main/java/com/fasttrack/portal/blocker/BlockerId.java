package com.fasttrack.portal.blocker;

import java.util.Objects;
import java.util.UUID;

/** Identifies a blocker. */
public record BlockerId(UUID value) {

    public BlockerId {
        Objects.requireNonNull(value, "value");
    }

    public static BlockerId random() {
        return new BlockerId(UUID.randomUUID());
    }
}
