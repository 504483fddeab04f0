package com.fasttrack.portal.partner;

/** The kind of partner an organisation is, as the cloud-adoption guide names them. */
public enum PartnerType {
    CLOUD_SOLUTION_PROVIDER("Cloud solution provider"),
    MANAGED_SERVICE_PARTNER("Managed service partner"),
    SOLUTIONS_PARTNER("Solutions partner");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
