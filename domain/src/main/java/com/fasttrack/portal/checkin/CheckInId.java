package com.fasttrack.portal.checkin;

import java.util.Objects;
import java.util.UUID;

/** Identifies a check-in. */
public record CheckInId(UUID value) {

    public CheckInId {
        Objects.requireNonNull(value, "value");
    }

    public static CheckInId random() {
        return new CheckInId(UUID.randomUUID());
    }
}
