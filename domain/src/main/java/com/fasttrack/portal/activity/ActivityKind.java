package com.fasttrack.portal.activity;

import java.util.EnumSet;
import java.util.Set;

/** What changed. */
public enum ActivityKind {
    ENGAGEMENT_CREATED("Engagement created", true),
    FIELDS_CHANGED("Details changed", true),
    GOAL_CHANGED("Goal / vision changed", true),
    STAKEHOLDERS_CHANGED("Stakeholders changed", true),
    PHASE_CHANGED("Phase changed", true),
    STATUS_CHANGED("Status changed", true),
    CHECKLIST_CHANGED("Checklist changed", true),
    ENGINEERS_CHANGED("Engineers changed", true),
    CHECK_IN_RECORDED("Check-in recorded", false),
    CHECK_IN_ACKNOWLEDGED("Check-in acknowledged", false),
    CADENCE_CHANGED("Cadence changed", true),
    BLOCKER_RAISED("Blocker raised", false),
    BLOCKER_CHANGED("Blocker changed", false),
    HEALTH_OVERRIDDEN("Health overridden", false);

    private final String label;
    private final boolean recordChange;

    ActivityKind(String label, boolean recordChange) {
        this.label = label;
        this.recordChange = recordChange;
    }

    public String label() {
        return label;
    }

    /**
     * The kinds written with a new version of the engagement record itself (its fields, stakeholders, phase, ...);
     * check-ins, blockers and health live in their own rows and leave the record's version alone.
     */
    public static Set<ActivityKind> recordChanges() {
        Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
        for (ActivityKind kind : values()) {
            if (kind.recordChange) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
