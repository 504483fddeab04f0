package com.fasttrack.portal.backlog.ui;

import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.BacklogTabs;
import com.fasttrack.portal.backlog.service.BacklogService;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.engagement.ui.EngagementTab;
import com.fasttrack.portal.security.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        var details = page.details();
        Map<WorkloadCode, String> names = new LinkedHashMap<>();
        details.workloads().forEach(w -> names.put(w.code(), w.name()));
        return new BacklogPanel(page.id(), backlog, page.can(Capability.PLAN_BACKLOG),
                user.role() == Role.PARTNER ? user.organisationId().orElse(null) : null, names,
                details.engagement().stakeholders().stream().map(Stakeholder::name).toList(),
                details.engineers().stream().map(EngagementDetails.Person::name).toList(),
                Optional.ofNullable(details.engagedPartner())
                        .map(engaged -> Assignee.partner(engaged.organisation(), engaged.name())),
                page::reload);
    }
}
