package com.fasttrack.portal.blocker;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** A blocker was raised; an internal one is told of to the provider's staff only. */
public record BlockerRaised(Blocker blocker, Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return blocker.engagementId();
    }
}
