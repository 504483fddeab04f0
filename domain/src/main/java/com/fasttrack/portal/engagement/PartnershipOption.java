package com.fasttrack.portal.engagement;

/** How the customer executes its migration; one per engagement (from the cloud-adoption guide). */
public enum PartnershipOption {
    GUIDED_SELF_SERVICE("Guided self-service",
            "The existing technical team executes the migration, with help from Microsoft."),
    FASTTRACK("FastTrack for Azure",
            "The Microsoft FastTrack for Azure program accelerates the migration with Azure engineers."),
    SOLUTIONS_PARTNER("Solutions partner",
            "Azure Solutions Partners or Cloud Solution Providers accelerate the migration."),
    SUPPORTED_SELF_SERVICE("Supported self-service",
            "Execution is completed by the existing technical staff with support from Microsoft.");

    private final String label;
    private final String description;

    PartnershipOption(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
