package com.fasttrack.portal.engagement;

import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** Who did something: a signed-in person (account and display name), or the portal itself for scheduled work. */
public record Actor(@Nullable UserId id, String name) {

    /** Scheduled work, done by no person; the history names it so. */
    public static final Actor PORTAL = new Actor(null, "FastTrack portal (scheduled)");

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor person(UserId id, String name) {
        return new Actor(Objects.requireNonNull(id, "id"), name);
    }

    /** Whether no person acted (scheduled work). */
    public boolean isPortal() {
        return id == null;
    }
}
