package com.fasttrack.portal.blocker;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;
import java.time.LocalDate;

/** The daily reminders found an open blocker escalated: critical for more than three days, or past due. */
public record BlockerEscalated(Blocker blocker, LocalDate today, Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return blocker.engagementId();
    }
}
