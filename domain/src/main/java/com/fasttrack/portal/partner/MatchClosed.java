package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The partner's work was closed; its users no longer see the engagement. */
public record MatchClosed(PartnerMatch before, PartnerMatch after, @Nullable String reason, Actor actor, Instant at)
        implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.engagementId();
    }
}
