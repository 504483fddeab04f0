package com.fasttrack.portal.checkin;

/** What a check-in was about. */
public enum CheckInKind {
    STATUS("Status"),
    ARCHITECTURE_REVIEW("Architecture review"),
    POC_REVIEW("PoC review"),
    OTHER("Other");

    private final String label;

    CheckInKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
