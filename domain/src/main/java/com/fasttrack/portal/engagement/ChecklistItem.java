package com.fasttrack.portal.engagement;

import java.util.Arrays;
import java.util.List;

/**
 * The checklist of each phase (from the cloud-adoption guide). Derived items are complete when the record shows
 * it (stakeholders named, goal written, ...); manual items are ticked off by the engagement's engineers.
 */
public enum ChecklistItem {
    STAKEHOLDERS_IDENTIFIED(Phase.DISCOVERY, true,
            "Key stakeholders identified (at least an executive sponsor and a technical lead)"),
    GOAL_DOCUMENTED(Phase.DISCOVERY, true, "Goal / vision documented"),
    ARCHITECTURE_ASSESSED(Phase.DISCOVERY, true, "Architectural needs assessed (assessment note written)"),
    DESIGN_PRINCIPLES_REVIEWED(Phase.SOLUTION_ENABLEMENT, false, "Design principles reviewed"),
    ARCHITECTURE_REVIEWED(Phase.SOLUTION_ENABLEMENT, false, "Architecture reviewed"),
    POC_DONE(Phase.SOLUTION_ENABLEMENT, false, "Proof of concept done"),
    POC_IN_PRODUCTION(Phase.SOLUTION_ENABLEMENT, true, "Proof of concept taken to production (go-live date recorded)"),
    PERIODIC_CHECKINS(Phase.CONTINUOUS_PARTNERSHIP, false, "Periodic check-ins held"),
    BLOCKERS_REMOVED(Phase.CONTINUOUS_PARTNERSHIP, true, "Blockers removed (no open blockers)");

    private final Phase phase;
    private final boolean derived;
    private final String label;

    ChecklistItem(Phase phase, boolean derived, String label) {
        this.phase = phase;
        this.derived = derived;
        this.label = label;
    }

    public Phase phase() {
        return phase;
    }

    /** True when the record decides it; false when an engineer ticks it off. */
    public boolean derived() {
        return derived;
    }

    public String label() {
        return label;
    }

    static List<ChecklistItem> of(Phase phase) {
        return Arrays.stream(values()).filter(item -> item.phase == phase).toList();
    }
}
