package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** The customer accepted the partner proposed to it. */
public record MatchAccepted(PartnerMatch before, PartnerMatch after, String partnerName, Actor actor, Instant at)
        implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
