package com.fasttrack.portal.health.ui;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.engagement.ui.EngagementTab;
import com.fasttrack.portal.health.HealthTabs;
import com.fasttrack.portal.health.service.HealthService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The engagement's health, its reasons and trend, and the engineers' override. */
@SpringComponent
final class HealthTab implements EngagementTab {

    private final HealthService health;

    HealthTab(HealthService health) {
        this.health = health;
    }

    @Override
    public TabKey key() {
        return HealthTabs.HEALTH;
    }

    @Override
    public String label() {
        return "Health";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(EngagementPage page) {
        return new HealthPanel(page.id(), page.details().health(), health, page.can(Capability.OVERRIDE_HEALTH), page.today(), page::reload);
    }
}
