package com.fasttrack.portal.backlog;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** An item was added to the engagement's backlog. */
public record BacklogItemAdded(BacklogItem item, Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return item.engagementId();
    }
}
