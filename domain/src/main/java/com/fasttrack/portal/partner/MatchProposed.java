package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.Instant;
import java.util.List;

/** An engineer proposed these partners, in this order; the customer is to answer the first. */
public record MatchProposed(PartnerMatch before, PartnerMatch after, List<String> partners, Actor actor, Instant at)
        implements EngagementEvent {

    public MatchProposed {
        partners = List.copyOf(partners);
    }

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
