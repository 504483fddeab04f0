package com.fasttrack.portal.engagement;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an engagement. */
public record EngagementId(UUID value) {

    public EngagementId {
        Objects.requireNonNull(value, "value");
    }

    public static EngagementId random() {
        return new EngagementId(UUID.randomUUID());
    }

    /** Parses an id from a URL; anything malformed is simply "no such engagement". */
    public static Optional<EngagementId> parse(String text) {
        try {
            return Optional.of(new EngagementId(UUID.fromString(text)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
