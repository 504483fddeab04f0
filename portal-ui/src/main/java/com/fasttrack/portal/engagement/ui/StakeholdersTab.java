package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.service.EngagementService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The customer-side people on the engagement, added and removed on the version the tab showed. */
@SpringComponent
final class StakeholdersTab implements EngagementTab {

    private final EngagementService engagements;

    StakeholdersTab(EngagementService engagements) {
        this.engagements = engagements;
    }

    @Override
    public TabKey key() {
        return EngagementTabs.STAKEHOLDERS;
    }

    @Override
    public String label() {
        return "Stakeholders";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(EngagementPage page) {
        EngagementId id = page.id();
        long version = page.version();
        return new StakeholdersPanel(page.details(),
                added -> page.act(() -> engagements.addStakeholder(id, version, added.name(), added.email(),
                        added.role())),
                removed -> page.act(() -> engagements.removeStakeholder(id, version, removed)));
    }
}
