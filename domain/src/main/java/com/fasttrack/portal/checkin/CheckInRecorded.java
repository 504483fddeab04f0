package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** A check-in was recorded. It holds the internal note too: listeners that tell customers use the shared parts only. */
public record CheckInRecorded(CheckIn checkIn, Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return checkIn.engagementId();
    }
}
