package com.fasttrack.portal.partner;

/** Where one proposed partner stands: waiting its turn, in front of the customer, or decided. */
public enum ProposalStatus {
    QUEUED("Next in line"),
    OPEN("Awaiting the customer"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    EXPIRED("Expired");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
