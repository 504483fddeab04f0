package com.fasttrack.portal.report;

/** Who a report is for: customers and partners get shared content only; provider staff also get internal notes. */
public enum Audience {
    SHARED("Shared"),
    INTERNAL("Internal");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
