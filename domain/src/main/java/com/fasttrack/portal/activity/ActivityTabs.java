package com.fasttrack.portal.activity;

import com.fasttrack.portal.engagement.TabKey;

/** The tab of the engagement page that shows its activity history. */
public final class ActivityTabs {

    public static final TabKey ACTIVITY = new TabKey("activity");

    private ActivityTabs() {
    }
}
