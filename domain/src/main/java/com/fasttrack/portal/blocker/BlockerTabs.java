package com.fasttrack.portal.blocker;

import com.fasttrack.portal.engagement.TabKey;

/** The tab of the engagement page that shows its blockers. */
public final class BlockerTabs {

    public static final TabKey BLOCKERS = new TabKey("blockers");

    private BlockerTabs() {
    }
}
