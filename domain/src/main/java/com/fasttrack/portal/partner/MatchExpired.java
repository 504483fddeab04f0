package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** A proposal went unanswered for 14 days and expired (scheduled work). */
public record MatchExpired(PartnerMatch before, PartnerMatch after, Actor actor, Instant at)
        implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
