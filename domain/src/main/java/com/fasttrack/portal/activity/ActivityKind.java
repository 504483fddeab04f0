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
    HEALTH_OVERRIDDEN("Health overridden"),
    PARTNER_REQUESTED("Partner requested", true),
    PARTNER_PROPOSED("Partner proposed", true),
    PARTNER_ACCEPTED("Partner accepted", true),
    PARTNER_DECLINED("Partner declined", true),
    PARTNER_ENGAGED("Partner engaged"),
    PARTNER_RELEASED("Partner work closed"),
    BACKLOG_ITEM_ADDED("Backlog item added"),
    BACKLOG_ITEM_CHANGED("Backlog item changed");

    private final String label;
    private final boolean matchmaking;

    ActivityKind(String label) {
        this(label, false);
    }

    ActivityKind(String label, boolean matchmaking) {
        this.label = label;
        this.matchmaking = matchmaking;
    }

    public String label() {
        return label;
    }

    /**
     * Steps of finding a partner (who was proposed, accepted or declined): partners never see them, even on an
     * engagement they work on, because partners never see a match.
     */
    public boolean isMatchmaking() {
        return matchmaking;
    }
}
