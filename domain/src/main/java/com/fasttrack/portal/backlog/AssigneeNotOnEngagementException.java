package com.fasttrack.portal.backlog;

import com.fasttrack.portal.shared.DomainException;

/** A backlog item's assignee who is not one of the engagement's people: shown by the assignee field. */
public class AssigneeNotOnEngagementException extends DomainException {

    public AssigneeNotOnEngagementException(Assignee assignee) {
        super(assignee.name() + " is not on this engagement: choose one of its stakeholders, its accepted or engaged"
                + " partner or one of its engineers");
    }
}
