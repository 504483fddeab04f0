package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The customer declined a proposed partner (the next one, if any, is proposed now). */
public record MatchDeclined(PartnerMatch before, PartnerMatch after, String declinedPartner, @Nullable String reason,
                            Actor actor, Instant at) implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
