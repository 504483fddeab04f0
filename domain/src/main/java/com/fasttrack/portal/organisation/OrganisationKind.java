package com.fasttrack.portal.organisation;

/** Whether an organisation is a customer migrating to the cloud or a partner doing deployment work. */
public enum OrganisationKind {
    CUSTOMER("Customer"),
    PARTNER("Partner");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
