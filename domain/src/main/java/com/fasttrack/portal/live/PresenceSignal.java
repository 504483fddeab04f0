package com.fasttrack.portal.live;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;

import java.util.Objects;

/**
 * One open page ({@code viewer}, unique across instances) showing an engagement: it just opened, is still there
 * (sent periodically and in answer to a newcomer), or closed.
 */
public record PresenceSignal(EngagementId engagement, String viewer, UserId user, String name, Kind kind)
        implements LiveEvent {

    public enum Kind { JOINED, HERE, LEFT }

    public PresenceSignal {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(user, "user");
        name = name == null ? "" : name;
        Objects.requireNonNull(kind, "kind");
    }
}
