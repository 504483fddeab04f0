package com.fasttrack.portal.engagement;

import com.fasttrack.portal.shared.DomainException;

/** A workload was chosen that is not available in the customer's region; the message names both. */
public class WorkloadUnavailableException extends DomainException {

    public WorkloadUnavailableException(String message) {
        super(message);
    }
}
