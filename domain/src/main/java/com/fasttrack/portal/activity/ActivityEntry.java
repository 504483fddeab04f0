package com.fasttrack.portal.activity;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Require;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of an engagement's history: who, when, what, the key value before and after, and who may see it.
 * Entries are only ever appended. Scheduled work has no person as actor; it is named {@link #PORTAL}.
 */
public record ActivityEntry(UUID id, EngagementId engagementId, Instant at, @Nullable UserId actor, String actorName,
                            ActivityKind kind, String summary, @Nullable String before, @Nullable String after,
                            Visibility visibility) {

    public static final int TEXT_MAX = 2000;
    public static final int ACTOR_NAME_MAX = 200;
    /** Who the history names for what scheduled work did (no person's action). */
    public static final String PORTAL = Actor.PORTAL.name();

    public ActivityEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        actorName = Require.clip(actorName, ACTOR_NAME_MAX);
        summary = clip(summary);
        before = before == null ? null : clip(before);
        after = after == null ? null : clip(after);
        Objects.requireNonNull(visibility, "visibility");
    }

    public static ActivityEntry of(EngagementId engagement, Instant at, @Nullable UserId actor, String actorName,
                                   ActivityKind kind, String summary, @Nullable String before,
                                   @Nullable String after, Visibility visibility) {
        return new ActivityEntry(UUID.randomUUID(), engagement, at, actor, actorName, kind, summary, before, after,
                visibility);
    }

    private static String clip(String text) {
        return Require.clip(text, TEXT_MAX);
    }
}
