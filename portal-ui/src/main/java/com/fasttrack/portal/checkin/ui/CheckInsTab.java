package com.fasttrack.portal.checkin.ui;

import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.engagement.ui.EngagementTab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The engagement's check-ins: engineers record them, customers acknowledge them. */
@SpringComponent
final class CheckInsTab implements EngagementTab {

    private final CheckInService checkIns;

    CheckInsTab(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public TabKey key() {
        return CheckInTabs.CHECK_INS;
    }

    @Override
    public String label() {
        return "Check-ins";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(EngagementPage page) {
        var engagement = page.details().engagement();
        var viewer = new CheckInsPanel.Viewer(page.user().role().isProviderStaff(),
                page.can(Capability.ACKNOWLEDGE_CHECK_INS), page.can(Capability.RECORD_CHECK_INS));
        return new CheckInsPanel(page.id(), checkIns, viewer, page.people(), engagement.cadence(),
                engagement.cadenceIsDefault(), page.version(), page.today(), page::reload);
    }
}
