package com.fasttrack.portal.engagement;

/** Whether a workload area can be part of an engagement in a region. */
public enum Availability {
    AVAILABLE("Available"),
    PREVIEW("Preview"),
    UNAVAILABLE("Unavailable");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
