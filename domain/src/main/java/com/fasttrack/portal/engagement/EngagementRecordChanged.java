package com.fasttrack.portal.engagement;

import java.time.Instant;

/**
 * The engagement record was saved changed: its fields, goal, stakeholders, checklist, phase, status or engineers.
 * Listeners compare the two states to tell what changed.
 */
public record EngagementRecordChanged(EngagementState before, EngagementState after, Actor actor, Instant at)
        implements EngagementEvent {

    @Override
    public EngagementId engagement() {
        return after.id();
    }
}
