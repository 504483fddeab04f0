package com.fasttrack.portal.backlog;

/** Where a backlog item stands. */
public enum BacklogStatus {
    TODO("To do"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    BacklogStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
