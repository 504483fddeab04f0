package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** The engineers marked the accepted partner engaged: its users now work on the engagement. */
public record MatchEngaged(PartnerMatch before, PartnerMatch after, Actor actor, Instant at)
        implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
