package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.shared.DomainException;

/** The engagement changed since the user loaded it: nothing was saved. */
public class StaleEngagementException extends DomainException {

    StaleEngagementException(String message) {
        super(message);
    }

    static StaleEngagementException of(Engagement engagement) {
        return new StaleEngagementException("Someone else changed \"" + engagement.title()
                + "\" meanwhile, so nothing was saved. Reload to see their changes, then try again.");
    }
}
