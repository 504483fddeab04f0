package com.fasttrack.portal.health;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/**
 * A new day began for a running engagement (the daily health job): time alone may have made a check-in overdue,
 * a blocker escalated or a phase overrun. Nothing of the engagement changed, so it leaves no history.
 */
public record DayBegan(EngagementId engagement, Actor actor, Instant at) implements EngagementEvent {
}
