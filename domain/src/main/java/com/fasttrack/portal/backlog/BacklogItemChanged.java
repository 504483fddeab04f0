package com.fasttrack.portal.backlog;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** A backlog item was edited or moved to another status. */
public record BacklogItemChanged(BacklogItem before, BacklogItem after, Actor actor, Instant at)
        implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
