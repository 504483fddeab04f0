package com.fasttrack.portal.engagement;

import java.util.List;
import java.util.Optional;

/** The three phases of a FastTrack engagement, in order. */
public enum Phase {
    DISCOVERY("Discovery"),
    SOLUTION_ENABLEMENT("Solution enablement"),
    CONTINUOUS_PARTNERSHIP("Continuous partnership");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public List<ChecklistItem> checklist() {
        return ChecklistItem.of(this);
    }
}
