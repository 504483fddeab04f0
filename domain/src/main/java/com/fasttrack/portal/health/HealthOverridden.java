package com.fasttrack.portal.health;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.shared.HealthColour;

import java.time.Instant;
import java.time.LocalDate;

/** An engineer set the engagement's health colour by hand, with a reason, until a date. */
public record HealthOverridden(EngagementId engagement, HealthColour colour, String reason, LocalDate until,
                               Actor actor, Instant at) implements EngagementEvent {
}
