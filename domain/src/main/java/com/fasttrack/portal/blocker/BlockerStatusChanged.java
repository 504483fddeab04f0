package com.fasttrack.portal.blocker;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** A blocker moved to another status (closing it carries the resolution note). */
public record BlockerStatusChanged(Blocker before, Blocker after, Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
