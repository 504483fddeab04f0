package com.fasttrack.portal.backlog;

import java.util.Objects;
import java.util.UUID;

/** Identifies a backlog item. */
public record BacklogItemId(UUID value) {

    public BacklogItemId {
        Objects.requireNonNull(value, "value");
    }

    public static BacklogItemId random() {
        return new BacklogItemId(UUID.randomUUID());
    }
}
