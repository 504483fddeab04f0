package com.fasttrack.portal.engagement;

/** The part a customer-side person plays on an engagement. */
public enum StakeholderRole {
    EXECUTIVE_SPONSOR("Executive sponsor"),
    TECHNICAL_LEAD("Technical lead"),
    PROJECT_MANAGER("Project manager"),
    OTHER("Other");

    private final String label;

    StakeholderRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
