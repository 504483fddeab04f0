package com.fasttrack.portal.engagement;

import java.time.Instant;

/**
 * Something that happened to an engagement or one of its parts, published by the writing service inside the
 * transaction of the change; the history, health, notifications and live updates listen to it. Each event carries
 * what its listeners need, so none of them reads the change again.
 */
public interface EngagementEvent {

    EngagementId engagement();

    Actor actor();

    /** When it happened, from the portal's clock. */
    Instant at();
}
