package com.fasttrack.portal.checkin;

/** How the deployment stands according to a check-in. */
public enum OnTrack {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OFF_TRACK("Off track");

    private final String label;

    OnTrack(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
