package com.fasttrack.portal.activity;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The port to the append-only activity history; customers and partners read shared entries only. */
public interface Activities {

    void append(ActivityEntry entry);

    /** Newest first, filtered by kind and person when given, within the scope. */
    List<ActivityEntry> of(EngagementId engagement, EngagementScope scope, @Nullable ActivityKind kind,
                           @Nullable UserId actor, PageRequest page);

    long count(EngagementId engagement, EngagementScope scope, @Nullable ActivityKind kind, @Nullable UserId actor);

    /** One page of {@link #of} with the total of the filter, in one statement. */
    Slice<ActivityEntry> page(EngagementId engagement, EngagementScope scope, @Nullable ActivityKind kind,
                              @Nullable UserId actor, PageRequest page);

    /** The newest entry of one of these kinds within the scope, if any. */
    Optional<ActivityEntry> latest(EngagementId engagement, EngagementScope scope, Set<ActivityKind> kinds);

    /** The people who appear in the entries the scope may read, by name. */
    List<Actor> actors(EngagementId engagement, EngagementScope scope);

    /** Someone who changed something. */
    record Actor(UserId id, String name) {
    }
}
