package com.fasttrack.portal.backlog;

import com.fasttrack.portal.engagement.TabKey;

/** The tab of the engagement page that shows its backlog. */
public final class BacklogTabs {

    public static final TabKey BACKLOG = new TabKey("backlog");

    private BacklogTabs() {
    }
}
