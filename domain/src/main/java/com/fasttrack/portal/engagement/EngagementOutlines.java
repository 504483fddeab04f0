package com.fasttrack.portal.engagement;

import java.util.Optional;

/** The port that reads an engagement's page in one statement, within a scope. */
public interface EngagementOutlines {

    /** The engagement and what its page shows around it, if it lies within the scope; otherwise empty. */
    Optional<EngagementOutline> find(EngagementId id, EngagementScope scope);
}
