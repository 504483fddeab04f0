package com.fasttrack.portal.activity.ui;

import com.fasttrack.portal.activity.ActivityTabs;
import com.fasttrack.portal.activity.service.ActivityService;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.engagement.ui.EngagementTab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The engagement's history of changes; the provider's staff also see internal entries. */
@SpringComponent
final class ActivityTab implements EngagementTab {

    private final ActivityService activity;

    ActivityTab(ActivityService activity) {
        this.activity = activity;
    }

    @Override
    public TabKey key() {
        return ActivityTabs.ACTIVITY;
    }

    @Override
    public String label() {
        return "Activity";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(EngagementPage page) {
        return new ActivityPanel(page.id(), activity, page.user().role().isProviderStaff());
    }
}
