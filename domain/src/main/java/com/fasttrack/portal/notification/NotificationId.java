package com.fasttrack.portal.notification;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a notification. */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    /** Parses an id; anything malformed is simply "no such notification". */
    public static Optional<NotificationId> parse(String text) {
        try {
            return Optional.of(new NotificationId(UUID.fromString(text)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
