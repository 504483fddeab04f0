package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.service.EngagementDetails;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The engagement page's first tab: goal / vision, workloads, dates and engineers. */
@SpringComponent
final class OverviewTab implements EngagementTab {

    @Override
    public TabKey key() {
        return EngagementTabs.OVERVIEW;
    }

    @Override
    public String label() {
        return "Overview";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(EngagementPage page) {
        EngagementDetails shown = page.details();
        return new OverviewPanel(shown, () -> page.editors().editGoal(shown));
    }
}
