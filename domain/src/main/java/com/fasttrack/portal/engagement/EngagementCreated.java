package com.fasttrack.portal.engagement;

import java.time.Instant;

/** A new engagement was opened for a customer. */
public record EngagementCreated(EngagementId engagement, String title, String customerName, Actor actor, Instant at)
        implements EngagementEvent {
}
