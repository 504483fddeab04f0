package com.fasttrack.portal.health;

import com.fasttrack.portal.engagement.TabKey;

/** The tab of the engagement page that shows its health and its history. */
public final class HealthTabs {

    public static final TabKey HEALTH = new TabKey("health");

    private HealthTabs() {
    }
}
