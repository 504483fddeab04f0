package com.fasttrack.portal.backlog.ui;

import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.BacklogTabs;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchScore;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class BacklogPanelTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;
    @Autowired
    BacklogItems backlogItems;

    private Organisation partner() {
        Organisation organisation = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(organisation.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5));
        return organisation;
    }

    private void open(Engagement engagement) {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(BacklogTabs.BACKLOG);
    }

    private static String pageText() {
        return _get(EngagementView.class).getElement().getTextRecursively();
    }

    private void accept(Engagement engagement, Organisation partner, UserAccount customer, UserAccount engineer) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PartnerCandidate candidate = partners.find(partner.id()).orElseThrow();
        matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customer.id(), Role.CUSTOMER, now)
                .propose(List.of(new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP),
                        Region.UNITED_KINGDOM, null))), engineer.id(), Role.ENGINEER, now)
                .accept(customer.id(), Role.CUSTOMER, now));
    }

    @Test
    void engineersDraftAFirstBacklogAndThePartnerMovesOnlyItsItems() {
        Organisation p1 = partner();
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Backlog"),
                List.of(engineer), "SAP", "LINUX");
        testData.withSponsor(engagement, "Tom Baker");

        login(engineer);
        open(engagement);
        _assertNone(Button.class, spec -> spec.withId("first-backlog"));
        accept(engagement, p1, customer, engineer);

        login(customer);
        open(engagement);
        _assertNone(Button.class, spec -> spec.withId("first-backlog"));
        _assertNone(Button.class, spec -> spec.withId("new-backlog-item"));

        login(engineer);
        open(engagement);
        _get(Button.class, spec -> spec.withId("first-backlog")).click();
        EngagementScope all = new EngagementScope.All();
        assertThat(backlogItems.count(engagement.id(), all, BacklogFilter.none())).isEqualTo(4);
        _assertNone(Button.class, spec -> spec.withId("first-backlog"));
        _get(Button.class, spec -> spec.withId("new-backlog-item")).click();
        BacklogItemDialog dialog = _get(BacklogItemDialog.class);
        fill(dialog.title, "Sign-off workshop");
        dialog.save.click();
        assertThat(dialog.error.getText()).isEqualTo("Workload is required");
        fill(dialog.workload, SAP);
        fill(dialog.assignee, dialog.assignee.getListDataView().getItems()
                .filter(a -> a.name().equals("Tom Baker")).findFirst().orElseThrow());
        fill(dialog.iteration, 2);
        fill(dialog.estimate, 2);
        dialog.save.click();
        assertThat(backlogItems.count(engagement.id(), all, BacklogFilter.none())).isEqualTo(5);

        login(testData.user(Role.PARTNER, p1));
        open(engagement);
        BacklogPanel panel = _get(BacklogPanel.class);
        List<BacklogItem> rows = _findAll(panel.grid);
        assertThat(rows).extracting(BacklogItem::title).containsExactly("Assess and plan: Linux on Azure",
                "Assess and plan: SAP on Azure", "Migrate: Linux on Azure", "Migrate: SAP on Azure",
                "Sign-off workshop");
        assertThat(_getCellComponent(panel.grid, 4, "status")).isInstanceOf(Span.class);
        @SuppressWarnings("unchecked")
        Select<BacklogStatus> first = (Select<BacklogStatus>) _getCellComponent(panel.grid, 0, "status");
        first.setValue(BacklogStatus.DONE);
        assertThat(backlogItems.find(rows.getFirst().id(), all).orElseThrow().status())
                .isEqualTo(BacklogStatus.DONE);
        // 3 of 3 + 8 + 3 + 8 + 2 = 24 points
        assertThat(pageText()).contains("Release 1: 13% · 3 of 24 points, 1 of 5 items done");

        panel = _get(BacklogPanel.class);
        fill(panel.statusFilter, BacklogStatus.DONE);
        assertThat(_findAll(panel.grid)).extracting(BacklogItem::id).containsExactly(rows.getFirst().id());
        fill(panel.statusFilter, null);
        fill(panel.assigneeFilter, "Tom Baker");
        assertThat(_findAll(panel.grid)).extracting(BacklogItem::title).containsExactly("Sign-off workshop");
    }
}
