package com.fasttrack.portal.activity;

/** What changed. */
public enum ActivityKind {
    ENGAGEMENT_CREATED("Engagement created"),
    FIELDS_CHANGED("Details changed"),
    GOAL_CHANGED("Goal / vision changed"),
    STAKEHOLDERS_CHANGED("Stakeholders changed"),
    PHASE_CHANGED("Phase changed"),
    STATUS_CHANGED("Status changed"),
    CHECKLIST_CHANGED("Checklist changed"),
    ENGINEERS_CHANGED("Engineers changed"),
    CHECK_IN_RECORDED("Check-in recorded"),
    CHECK_IN_ACKNOWLEDGED("Check-in acknowledged"),
    CADENCE_CHANGED("Cadence changed"),
    BLOCKER_RAISED("Blocker raised"),
    BLOCKER_CHANGED("Blocker changed"),
    HEALTH_OVERRIDDEN("Health overridden");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
