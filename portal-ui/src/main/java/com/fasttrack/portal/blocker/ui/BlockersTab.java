package com.fasttrack.portal.blocker.ui;

import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.engagement.ui.EngagementTab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The engagement's blockers, raised and moved through their statuses by whoever the service lets. */
@SpringComponent
final class BlockersTab implements EngagementTab {

    private final BlockerService blockers;

    BlockersTab(BlockerService blockers) {
        this.blockers = blockers;
    }

    @Override
    public TabKey key() {
        return BlockerTabs.BLOCKERS;
    }

    @Override
    public String label() {
        return "Blockers";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(EngagementPage page) {
        return new BlockersPanel(page.id(), blockers, page.user().role().isProviderStaff(),
                page.can(Capability.CHANGE_BLOCKERS), page.people(), page.now(), page.today(), page::reload);
    }
}
