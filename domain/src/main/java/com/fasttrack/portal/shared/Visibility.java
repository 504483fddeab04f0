package com.fasttrack.portal.shared;

/** Who may see a piece of engagement content: everyone on it, or the provider's staff only. */
public enum Visibility {
    SHARED("Shared"),
    INTERNAL("Internal");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
