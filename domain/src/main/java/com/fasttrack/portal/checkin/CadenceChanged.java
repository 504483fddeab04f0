package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The engineers set how often the engagement checks in, in days (null: the phase's default). */
public record CadenceChanged(EngagementId engagement, @Nullable Integer beforeDays, @Nullable Integer afterDays,
                             Actor actor, Instant at) implements EngagementEvent {
}
