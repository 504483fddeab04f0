package com.fasttrack.portal.blocker;

/** Where a blocker stands; resolved and won't-fix close it. */
public enum BlockerStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    RESOLVED("Resolved"),
    WONT_FIX("Won't fix");

    private final String label;

    BlockerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
