package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.TabKey;

/** The tab of the engagement page that shows its check-ins. */
public final class CheckInTabs {

    public static final TabKey CHECK_INS = new TabKey("check-ins");

    private CheckInTabs() {
    }
}
