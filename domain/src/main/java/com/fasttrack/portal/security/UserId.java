package com.fasttrack.portal.security;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user account. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
