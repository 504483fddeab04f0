package com.fasttrack.portal.demo;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PortalIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo carries the history real use would have left: the Activity tab of its richest engagement (Contoso's retail
 * platform) tells of its opening, its check-ins, its phase move and its partner match, at the moments they happened,
 * by the people who did them; its internal blocker's entry is internal and never reaches the customer; the bells hold
 * what the notifier would have sent.
 */
@PortalIntegrationTest
class DemoHistoryTest {

    @Autowired
    DemoData demoData;
    @Autowired
    Organisations organisations;
    @Autowired
    Engagements engagements;
    @Autowired
    Activities activities;
    @Autowired
    Notifications notifications;
    @Autowired
    UserAccounts users;
    @Autowired
    Clock clock;

    private Organisation contoso;
    private EngagementId retail;

    @BeforeEach
    void seed() {
        demoData.seed();
        contoso = organisations.findByName("Contoso Retail").orElseThrow();
        retail = engagements.list(new EngagementFilter("Move the retail platform to Azure", null, null, null, null,
                        null), new EngagementScope.OfCustomer(contoso.id()), PageRequest.of(0, 10)).stream()
                .filter(summary -> summary.title().equals("Move the retail platform to Azure")).findFirst()
                .orElseThrow().id();
    }

    private List<ActivityEntry> history(EngagementScope scope) {
        return activities.of(retail, scope, null, null, PageRequest.of(0, 200));
    }

    @Test
    void theRichestEngagementsActivityTellsOfItsCheckInsItsPhaseMoveAndItsPartnerMatch() {
        List<ActivityEntry> all = history(new EngagementScope.All());

        assertThat(all).extracting(ActivityEntry::kind).contains(ActivityKind.ENGAGEMENT_CREATED,
                ActivityKind.STAKEHOLDERS_CHANGED, ActivityKind.GOAL_CHANGED, ActivityKind.CHECKLIST_CHANGED,
                ActivityKind.PHASE_CHANGED, ActivityKind.BLOCKER_RAISED, ActivityKind.CHECK_IN_ACKNOWLEDGED,
                ActivityKind.PARTNER_REQUESTED, ActivityKind.PARTNER_PROPOSED, ActivityKind.PARTNER_ACCEPTED,
                ActivityKind.PARTNER_ENGAGED, ActivityKind.BACKLOG_ITEM_ADDED);
        assertThat(all).filteredOn(e -> e.kind() == ActivityKind.CHECK_IN_RECORDED).hasSize(2)
                .allSatisfy(e -> assertThat(e.actorName()).isEqualTo("Priya Raman"));
        assertThat(all).filteredOn(e -> e.kind() == ActivityKind.PHASE_CHANGED).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("Discovery");
            assertThat(e.after()).isEqualTo("Solution enablement");
            assertThat(e.at()).isBefore(Instant.now(clock).minus(34, ChronoUnit.DAYS));
        });
        assertThat(all).filteredOn(e -> e.kind() == ActivityKind.PARTNER_ACCEPTED).singleElement()
                .satisfies(e -> assertThat(e.actorName()).isEqualTo("Zoë Ångström"));
        // told in the order it happened: opened first, nothing dated after now
        Instant created = all.stream().filter(e -> e.kind() == ActivityKind.ENGAGEMENT_CREATED).findFirst()
                .orElseThrow().at();
        assertThat(all).allSatisfy(e -> assertThat(e.at()).isBetween(created, Instant.now(clock)));
    }

    @Test
    void theInternalBlockersEntryIsInternalAndNeverReachesTheCustomer() {
        List<ActivityEntry> all = history(new EngagementScope.All());
        List<ActivityEntry> customers = history(new EngagementScope.OfCustomer(contoso.id()));

        assertThat(all).filteredOn(e -> e.summary().contains("Account team waiting on discount approval"))
                .singleElement().satisfies(e -> assertThat(e.visibility()).isEqualTo(Visibility.INTERNAL));
        assertThat(customers).isNotEmpty().allSatisfy(e -> {
            assertThat(e.visibility()).isEqualTo(Visibility.SHARED);
            assertThat(e.summary()).doesNotContain("discount");
        });
        assertThat(customers).extracting(ActivityEntry::kind).contains(ActivityKind.CHECK_IN_RECORDED,
                ActivityKind.PHASE_CHANGED, ActivityKind.PARTNER_ACCEPTED);
        // the check-in's internal note stays out of the shared history
        assertThat(all).noneSatisfy(e -> assertThat(String.valueOf(e.after())).contains("analytics budget"));
    }

    @Test
    void theBellsHoldWhatTheNotifierWouldHaveSent() {
        UserAccount zoe = users.findByEmail(new EmailAddress("zoe.angstrom@contoso.example")).orElseThrow();
        UserAccount priya = users.findByEmail(new EmailAddress("priya.raman@fasttrack.example")).orElseThrow();
        UserAccount lars = users.findByEmail(new EmailAddress("lars.oberg@fasttrack.example")).orElseThrow();

        assertThat(notifications.latest(zoe.id(), 50)).extracting(n -> n.kind())
                .contains(NotificationKind.PHASE_CHANGED, NotificationKind.CHECK_IN_RECORDED,
                        NotificationKind.BLOCKER_RAISED, NotificationKind.MATCH_PROPOSED);
        assertThat(notifications.latest(zoe.id(), 50)).noneSatisfy(n ->
                assertThat(n.text()).contains("discount"));
        assertThat(notifications.latest(priya.id(), 50)).extracting(n -> n.kind())
                .contains(NotificationKind.MATCH_ACCEPTED);
        assertThat(notifications.latest(lars.id(), 50)).extracting(n -> n.kind())
                .contains(NotificationKind.BLOCKER_ESCALATED, NotificationKind.CHECK_IN_OVERDUE);
    }
}
