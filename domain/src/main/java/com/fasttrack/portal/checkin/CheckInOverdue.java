package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;
import java.time.LocalDate;

/** The daily reminders found the engagement's next check-in, due on {@code due}, still not held {@code today}. */
public record CheckInOverdue(EngagementId engagement, LocalDate due, LocalDate today, Actor actor, Instant at)
        implements EngagementEvent {
}
