package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.TabKey;

/** The tab of the engagement page that shows its partner matching. */
public final class PartnerTabs {

    public static final TabKey PARTNERS = new TabKey("partners");

    private PartnerTabs() {
    }
}
