package com.fasttrack.portal.backlog.ui;

import com.fasttrack.portal.backlog.BacklogTabs;
import com.fasttrack.portal.backlog.service.BacklogService;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.engagement.ui.EngagementTab;
import com.fasttrack.portal.security.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The engagement's release and iteration backlog; a partner's user moves the items assigned to its organisation. */
@SpringComponent
final class BacklogTab implements EngagementTab {

    private final BacklogService backlog;

    BacklogTab(BacklogService backlog) {
        this.backlog = backlog;
    }

    @Override
    public TabKey key() {
        return BacklogTabs.BACKLOG;
    }

    @Override
    public String label() {
        return "Backlog";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Component create(EngagementPage page) {
        var user = page.user();
        return new BacklogPanel(page.id(), backlog, page.can(Capability.PLAN_BACKLOG),
                user.role() == Role.PARTNER ? user.organisationId().orElse(null) : null, page::reload);
    }
}
