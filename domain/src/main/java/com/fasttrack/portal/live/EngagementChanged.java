package com.fasttrack.portal.live;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * An engagement or one of its parts changed: the activity entry's kind, visibility, who and when. It carries no
 * content; whoever shows it reads the engagement again within their own scope. No actor: scheduled work.
 */
public record EngagementChanged(EngagementId engagement, ActivityKind kind, Visibility visibility,
                                @Nullable UserId actor, String actorName, Instant at) implements LiveEvent {

    public EngagementChanged {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(visibility, "visibility");
        actorName = actorName == null ? "" : actorName;
        Objects.requireNonNull(at, "at");
    }

    /** Whether the engagement record itself changed (its version moved), rather than one of its parts. */
    public boolean changesTheRecord() {
        return kind.changesTheRecord();
    }
}
