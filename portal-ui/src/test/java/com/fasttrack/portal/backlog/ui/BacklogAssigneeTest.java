package com.fasttrack.portal.backlog.ui;

import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.AssigneeNotOnEngagementException;
import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.backlog.BacklogTabs;
import com.fasttrack.portal.backlog.service.BacklogDraft;
import com.fasttrack.portal.backlog.service.BacklogService;
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
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.KaribuTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backlog item is assigned to one of the engagement's people: a stakeholder, the settled partner, an engineer. */
class BacklogAssigneeTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    BacklogService service;
    @Autowired
    BacklogItems items;
    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;

    private UserAccount engineer;
    private UserAccount outsider;
    private Organisation engaged;
    private Organisation stranger;
    private Engagement engagement;

    @BeforeEach
    void anEngagementWithASponsorAnEngineerAndAnAcceptedPartner() {
        engineer = testData.user(Role.ENGINEER);
        outsider = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        engaged = partner();
        stranger = partner();
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Assignees"),
                List.of(engineer), "SAP");
        testData.withSponsor(engagement, "Tom Baker");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PartnerCandidate candidate = partners.find(engaged.id()).orElseThrow();
        matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customer.id(), Role.CUSTOMER, now)
                .propose(List.of(new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP),
                        Region.UNITED_KINGDOM, null))), engineer.id(), Role.ENGINEER, now)
                .accept(customer.id(), Role.CUSTOMER, now));
        login(engineer);
    }

    private Organisation partner() {
        Organisation organisation = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(organisation.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5));
        return organisation;
    }

    private static BacklogDraft draft(Assignee assignee) {
        return new BacklogDraft(TestData.unique("Item"), SAP, assignee, "Release 1", 1, 3, null);
    }

    @Test
    void theChoicesAreTheEngagementsPeopleOnly() {
        assertThat(service.assignees(engagement.id())).containsExactly(Assignee.customerPerson("Tom Baker"),
                Assignee.partner(engaged.id(), engaged.name()),
                Assignee.engineer(engineer.id(), engineer.displayName()));
    }

    @Test
    void everyoneOnTheEngagementCanBeAssigned() {
        for (Assignee assignee : service.assignees(engagement.id())) {
            assertThat(service.create(engagement.id(), draft(assignee)).assignee()).isEqualTo(assignee);
        }
    }

    @Test
    void anEngineerPartnerOrPersonFromOutsideIsRefusedByName() {
        for (Assignee foreign : List.of(Assignee.engineer(outsider.id(), outsider.displayName()),
                Assignee.partner(stranger.id(), stranger.name()), Assignee.customerPerson("Mallory"),
                // a known name does not make a stranger one of the engagement's people
                Assignee.engineer(outsider.id(), engineer.displayName()),
                Assignee.partner(stranger.id(), engaged.name()))) {
            assertThatThrownBy(() -> service.create(engagement.id(), draft(foreign)))
                    .isInstanceOf(AssigneeNotOnEngagementException.class)
                    .hasMessageStartingWith(foreign.name() + " is not on this engagement");
        }
        assertThat(service.count(engagement.id(), BacklogFilter.none())).isZero();
    }

    @Test
    void anEditCannotMoveAnItemToSomeoneOutside() {
        BacklogItem item = service.create(engagement.id(), draft(Assignee.customerPerson("Tom Baker")));

        assertThatThrownBy(() -> service.edit(item.id(), item.version(),
                draft(Assignee.partner(stranger.id(), stranger.name()))))
                .isInstanceOf(AssigneeNotOnEngagementException.class);
        assertThat(items.find(item.id(), new EngagementScope.All()).orElseThrow().assignee())
                .isEqualTo(Assignee.customerPerson("Tom Baker"));
    }

    @Test
    void theDialogOffersOnlyTheEngagementsPeopleAndSaysByTheFieldWhenAnAssigneeHasLeft() {
        // an item from before the rule, assigned to a partner who is not (or no longer) on the engagement
        items.save(BacklogItem.create(engagement.id(), Set.of(SAP), "Left over", SAP,
                Assignee.partner(stranger.id(), stranger.name()), "Release 1", 1, 3,
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(BacklogTabs.BACKLOG);
        BacklogPanel panel = _get(BacklogPanel.class);
        ((Button) _getCellComponent(panel.grid, 0, "actions")).click();

        BacklogItemDialog dialog = _get(BacklogItemDialog.class);
        assertThat(dialog.assignee.getListDataView().getItems().toList())
                .isEqualTo(service.assignees(engagement.id())).hasSize(3);
        assertThat(dialog.assignee.getValue()).isNull();
        assertThat(dialog.assignee.isInvalid()).isTrue();
        assertThat(dialog.assignee.getErrorMessage()).startsWith(stranger.name() + " is not on this engagement");

        fill(dialog.assignee, Assignee.customerPerson("Tom Baker"));
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.of(engagement.id(), BacklogFilter.none(), PageRequest.of(0, 10)))
                .extracting(BacklogItem::assignee).containsExactly(Assignee.customerPerson("Tom Baker"));
    }
}
