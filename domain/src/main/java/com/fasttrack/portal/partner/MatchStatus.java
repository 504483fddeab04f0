package com.fasttrack.portal.partner;

/** Where a partner match stands; active until declined, expired or closed. */
public enum MatchStatus {
    REQUESTED("Requested"),
    PROPOSED("Proposed"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    EXPIRED("Expired"),
    ENGAGED("Engaged"),
    CLOSED("Closed");

    private final String label;

    MatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == REQUESTED || this == PROPOSED || this == ACCEPTED || this == ENGAGED;
    }

    /** The accepted partner works on the engagement and its users may open it. */
    public boolean givesPartnerAccess() {
        return this == ACCEPTED || this == ENGAGED;
    }
}
