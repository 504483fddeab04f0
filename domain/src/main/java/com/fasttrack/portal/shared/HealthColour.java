package com.fasttrack.portal.shared;

/** Green, amber or red; the worse of two colours wins. */
public enum HealthColour {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red");

    private final String label;

    HealthColour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public HealthColour worst(HealthColour other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
