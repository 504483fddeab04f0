package com.fasttrack.portal.engagement;

/** Where an engagement stands as a whole. */
public enum EngagementStatus {
    ACTIVE("Active"),
    ON_HOLD("On hold"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    EngagementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
