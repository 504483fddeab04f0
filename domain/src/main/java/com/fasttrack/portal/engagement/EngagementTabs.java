package com.fasttrack.portal.engagement;

/** The tabs the engagement feature contributes to its own page. */
public final class EngagementTabs {

    public static final TabKey OVERVIEW = new TabKey("overview");
    public static final TabKey STAKEHOLDERS = new TabKey("stakeholders");
    public static final TabKey PHASE = new TabKey("phase");

    private EngagementTabs() {
    }
}
