package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;

/** A customer or the engagement's engineers requested a partner. */
public record MatchRequested(PartnerMatch match, Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return match.engagementId();
    }
}
