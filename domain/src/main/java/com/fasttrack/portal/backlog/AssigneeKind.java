package com.fasttrack.portal.backlog;

/** The three kinds of people a backlog item can be assigned to. */
public enum AssigneeKind {
    CUSTOMER("Customer"),
    PARTNER("Partner"),
    ENGINEER("Engineer");

    private final String label;

    AssigneeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
