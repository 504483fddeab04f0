package com.fasttrack.portal.health;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** An engineer cleared the health override: the colour is computed again. */
public record HealthOverrideEnded(EngagementId engagement, Actor actor, Instant at) implements EngagementEvent {
}
