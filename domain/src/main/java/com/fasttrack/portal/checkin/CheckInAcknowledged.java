package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** The customer acknowledged a check-in. */
public record CheckInAcknowledged(CheckIn checkIn, Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return checkIn.engagementId();
    }
}
