package com.fasttrack.portal.security;

/** What a user is to the portal; decides which engagements it sees and what it may change. */
public enum Role {
    CUSTOMER("Customer"),
    ENGINEER("Engineer"),
    PROGRAM_MANAGER("Program manager"),
    PARTNER("Partner");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Customers and partners belong to an organisation; the provider's staff do not. */
    public boolean requiresOrganisation() {
        return this == CUSTOMER || this == PARTNER;
    }

    public boolean isProviderStaff() {
        return this == ENGINEER || this == PROGRAM_MANAGER;
    }
}
