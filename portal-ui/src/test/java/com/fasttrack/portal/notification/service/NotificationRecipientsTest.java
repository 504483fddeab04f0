package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInDraft;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationId;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.partner.service.PartnerMatchService;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who hears of what, through the real services: everyone the change concerns except whoever made it; internal
 * content reaches the engineers only; partners never hear of a match.
 */
class NotificationRecipientsTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    BlockerService blockerService;
    @Autowired
    CheckInService checkInService;
    @Autowired
    PartnerMatchService matchService;
    @Autowired
    EngagementService engagementService;
    @Autowired
    NotificationService notificationService;
    @Autowired
    ReminderJob reminders;
    @Autowired
    Notifications notifications;
    @Autowired
    Partners partners;
    @Autowired
    Engagements engagements;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Blockers blockers;

    private UserAccount engineer;
    private UserAccount otherEngineer;
    private UserAccount customer;
    private UserAccount colleague;
    private UserAccount partnerUser;
    private UserAccount idlePartnerUser;
    private UserAccount programManager;
    private Organisation partnerOrganisation;
    private Engagement engagement;

    @BeforeEach
    void engagementWithEveryone() {
        engineer = testData.user(Role.ENGINEER);
        otherEngineer = testData.user(Role.ENGINEER);
        customer = testData.user(Role.CUSTOMER);
        colleague = testData.user(Role.CUSTOMER, testData.organisationOf(customer));
        programManager = testData.user(Role.PROGRAM_MANAGER);
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Notify"),
                List.of(engineer, otherEngineer), "SAP");
        partnerOrganisation = partner();
        Organisation idle = partner();
        partnerUser = testData.user(Role.PARTNER, partnerOrganisation);
        idlePartnerUser = testData.user(Role.PARTNER, idle);
    }

    private Organisation partner() {
        Organisation organisation = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(organisation.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3));
        return organisation;
    }

    /** The customer requests, the engineer proposes, the customer accepts: the partner's users are on it now. */
    private PartnerMatch engagePartner() {
        login(customer);
        PartnerMatch requested = matchService.request(engagement.id(), Set.of(SAP), null, "");
        login(engineer);
        PartnerMatch proposed = matchService.propose(engagement.id(), requested.id(), requested.version(),
                List.of(partnerOrganisation.id()));
        login(customer);
        return matchService.accept(engagement.id(), proposed.id(), proposed.version());
    }

    private List<Notification> of(UserAccount user) {
        return notifications.latest(user.id(), 100).stream()
                .filter(n -> n.engagementId().equals(engagement.id())).toList();
    }

    private List<NotificationKind> kinds(UserAccount user) {
        return of(user).stream().map(Notification::kind).toList();
    }

    private List<Notification> of(UserAccount user, NotificationKind kind) {
        return of(user).stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void aSharedBlockerReachesEveryoneOnTheEngagementButWhoRaisedItAndItsOwnerHearsItIsTheirs() {
        engagePartner();
        login(engineer);
        assertThat(blockerService.ownerChoices(engagement.id())).extracting(p -> p.id())
                .containsExactlyInAnyOrder(customer.id(), colleague.id(), engineer.id(), otherEngineer.id(),
                        partnerUser.id());
        blockerService.raise(engagement.id(), new BlockerDraft("Firewall change board", "", Severity.HIGH,
                colleague.displayName(), null, Visibility.SHARED, colleague.id()));

        assertThat(of(customer, NotificationKind.BLOCKER_RAISED)).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("Firewall change board").contains(engineer.displayName());
            assertThat(n.tab()).isEqualTo(BlockerTabs.BLOCKERS);
            assertThat(n.engagementTitle()).isEqualTo(engagement.title());
            assertThat(n.unread()).isTrue();
        });
        assertThat(of(colleague, NotificationKind.BLOCKER_ASSIGNED)).hasSize(1);
        assertThat(of(colleague, NotificationKind.BLOCKER_RAISED)).isEmpty();
        assertThat(of(otherEngineer, NotificationKind.BLOCKER_RAISED)).hasSize(1);
        assertThat(of(partnerUser, NotificationKind.BLOCKER_RAISED)).hasSize(1);
        assertThat(kinds(engineer)).doesNotContain(NotificationKind.BLOCKER_RAISED, NotificationKind.BLOCKER_ASSIGNED);
        assertThat(kinds(idlePartnerUser)).isEmpty();
        assertThat(kinds(programManager)).isEmpty();
    }

    @Test
    void anInternalBlockerReachesTheEngineersOnlyAndCanOnlyBeAssignedToStaff() {
        engagePartner();
        login(engineer);
        assertThatThrownBy(() -> blockerService.raise(engagement.id(), new BlockerDraft("INTERNAL-MARKER", "",
                Severity.HIGH, customer.displayName(), null, Visibility.INTERNAL, customer.id())))
                .isInstanceOf(DomainException.class).hasMessageContaining("provider's staff");
        assertThatThrownBy(() -> blockerService.raise(engagement.id(), new BlockerDraft("Stranger", "",
                Severity.HIGH, "Someone", null, Visibility.SHARED, idlePartnerUser.id())))
                .isInstanceOf(DomainException.class).hasMessage("The owner's account is not on this engagement");
        blockerService.raise(engagement.id(), new BlockerDraft("INTERNAL-MARKER discount approval", "",
                Severity.MEDIUM, otherEngineer.displayName(), null, Visibility.INTERNAL, otherEngineer.id()));

        assertThat(of(otherEngineer, NotificationKind.BLOCKER_ASSIGNED)).singleElement()
                .satisfies(n -> {
                    assertThat(n.visibility()).isEqualTo(Visibility.INTERNAL);
                    assertThat(n.text()).contains("INTERNAL-MARKER").contains("(internal)");
                });
        assertThat(kinds(otherEngineer)).doesNotContain(NotificationKind.BLOCKER_RAISED);
        assertThat(kinds(programManager)).isEmpty();
        for (UserAccount outsider : List.of(customer, colleague, partnerUser)) {
            assertThat(of(outsider)).noneMatch(n -> n.text().contains("INTERNAL-MARKER"));
            assertThat(kinds(outsider)).doesNotContain(NotificationKind.BLOCKER_RAISED);
        }
    }

    @Test
    void aCheckInReachesTheCustomerAndTheOtherEngineersWithoutItsInternalNote() {
        engagePartner();
        login(engineer);
        checkInService.record(engagement.id(), new CheckInDraft(LocalDate.now(), CheckInKind.STATUS, List.of(),
                "Landing zone deployed", "NOTE-MARKER sponsor nervous", OnTrack.ON_TRACK, "", "", null));

        for (UserAccount reader : List.of(customer, colleague, otherEngineer)) {
            assertThat(of(reader, NotificationKind.CHECK_IN_RECORDED)).singleElement().satisfies(n -> {
                assertThat(n.text()).contains("Landing zone deployed").doesNotContain("NOTE-MARKER");
                assertThat(n.tab()).isEqualTo(CheckInTabs.CHECK_INS);
            });
        }
        assertThat(kinds(engineer)).doesNotContain(NotificationKind.CHECK_IN_RECORDED);
        assertThat(kinds(partnerUser)).doesNotContain(NotificationKind.CHECK_IN_RECORDED);
    }

    @Test
    void matchStepsReachTheCustomerOrTheEngineersButNeverAPartner() {
        Organisation second = partner();
        UserAccount secondPartnerUser = testData.user(Role.PARTNER, second);
        login(colleague);
        PartnerMatch requested = matchService.request(engagement.id(), Set.of(SAP), null, "");
        login(engineer);
        PartnerMatch proposed = matchService.propose(engagement.id(), requested.id(), requested.version(),
                List.of(second.id(), partnerOrganisation.id()));
        assertThat(of(customer, NotificationKind.MATCH_PROPOSED)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains(second.name()));
        assertThat(of(colleague, NotificationKind.MATCH_PROPOSED)).hasSize(1);
        assertThat(kinds(otherEngineer)).doesNotContain(NotificationKind.MATCH_PROPOSED);

        login(customer);
        PartnerMatch declined = matchService.decline(engagement.id(), proposed.id(), proposed.version(),
                "Too far away");
        assertThat(of(engineer, NotificationKind.MATCH_DECLINED)).singleElement().satisfies(n -> assertThat(n.text())
                .contains(second.name()).contains("Too far away").contains(partnerOrganisation.name()));
        assertThat(of(otherEngineer, NotificationKind.MATCH_DECLINED)).hasSize(1);
        matchService.accept(engagement.id(), declined.id(), declined.version());
        assertThat(of(engineer, NotificationKind.MATCH_ACCEPTED)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains(partnerOrganisation.name()));
        assertThat(kinds(customer)).doesNotContain(NotificationKind.MATCH_ACCEPTED, NotificationKind.MATCH_DECLINED);

        // the accepted partner is on the engagement now, and still hears nothing of the matchmaking
        for (UserAccount partner : List.of(partnerUser, secondPartnerUser)) {
            assertThat(kinds(partner)).noneMatch(kind -> kind.name().startsWith("MATCH_"));
        }
    }

    @Test
    void aPhaseChangeReachesEveryoneOnTheEngagementButThePersonWhoMovedIt() {
        engagePartner();
        login(programManager);
        long version = engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow().version();
        engagementService.advance(engagement.id(), version, "Sponsor signed off in the steering committee");

        for (UserAccount everyone : List.of(customer, colleague, engineer, otherEngineer, partnerUser)) {
            assertThat(of(everyone, NotificationKind.PHASE_CHANGED)).singleElement().satisfies(n -> {
                assertThat(n.text()).contains(Phase.DISCOVERY.label()).contains(Phase.SOLUTION_ENABLEMENT.label());
                assertThat(n.tab()).isEqualTo(EngagementTabs.PHASE);
            });
        }
        assertThat(kinds(programManager)).isEmpty();
        assertThat(kinds(idlePartnerUser)).isEmpty();
    }

    @Test
    void notificationsArePersonalAndSomeoneElsesIdIsNotFound() {
        login(engineer);
        blockerService.raise(engagement.id(), new BlockerDraft("Quota", "", Severity.LOW, "Tom", null,
                Visibility.SHARED));
        NotificationId customers = of(customer).getFirst().id();

        login(colleague);
        assertThat(notificationService.latest()).extracting(Notification::id).doesNotContain(customers);
        assertThatThrownBy(() -> notificationService.markRead(customers)).isInstanceOf(NotFoundException.class)
                .hasMessage("Notification not found");
        assertThatThrownBy(() -> notificationService.markRead(new NotificationId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class).hasMessage("Notification not found");
        assertThat(notificationService.markAllRead()).isEqualTo(1);

        login(customer);
        assertThat(notificationService.unreadCount()).isEqualTo(1);
        notificationService.markRead(customers);
        assertThat(notificationService.unreadCount()).isZero();
        assertThat(notificationService.latest()).extracting(Notification::id).contains(customers);
    }

    @Test
    void theDailyRemindersTellOfOverdueCheckInsAndEscalatedBlockersOnceADay() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.now();
        checkIns.save(CheckIn.record(engagement.id(), today.minusDays(20), CheckInKind.STATUS, List.of(), "Old news",
                "", OnTrack.ON_TRACK, "", "", today.minusDays(3), engagement.cadence(), engineer.id(), now));
        blockers.save(Blocker.raise(engagement.id(), "Critical quota", "", Severity.CRITICAL, "Tom", customer.id(),
                null, Visibility.SHARED, engineer.id(), now.minus(Duration.ofDays(5)), today.minusDays(5)));
        blockers.save(Blocker.raise(engagement.id(), "ESCALATED-INTERNAL-MARKER", "", Severity.LOW, "Priya", null,
                today.minusDays(1), Visibility.INTERNAL, engineer.id(), now.minus(Duration.ofDays(2)), today.minusDays(2)));
        blockers.save(Blocker.raise(engagement.id(), "Young critical", "", Severity.CRITICAL, "Tom", null, null,
                Visibility.SHARED, engineer.id(), now.minus(Duration.ofDays(1)), today.minusDays(1)));
        strategy.clearContext();

        LocalDate day = LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 6, 1);
        assertThat(reminders.runFor(day)).isGreaterThanOrEqualTo(3);
        assertThat(reminders.runFor(day)).isZero();

        assertThat(of(engineer, NotificationKind.CHECK_IN_OVERDUE)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("overdue by 3 days"));
        assertThat(of(engineer, NotificationKind.BLOCKER_ESCALATED)).extracting(Notification::text)
                .hasSize(2).anyMatch(text -> text.contains("Critical quota") && text.contains("open for 5 days"))
                .anyMatch(text -> text.contains("ESCALATED-INTERNAL-MARKER") && text.contains("past its due date"));
        assertThat(of(customer, NotificationKind.BLOCKER_ESCALATED)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("Critical quota"));
        assertThat(of(colleague)).extracting(Notification::kind).containsExactly(NotificationKind.BLOCKER_ESCALATED);
        assertThat(kinds(customer)).doesNotContain(NotificationKind.CHECK_IN_OVERDUE);
        assertThat(of(customer)).noneMatch(n -> n.text().contains("ESCALATED-INTERNAL-MARKER"));
    }
}
