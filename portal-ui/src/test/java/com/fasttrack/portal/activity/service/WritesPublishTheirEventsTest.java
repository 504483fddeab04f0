package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItemAdded;
import com.fasttrack.portal.backlog.BacklogItemChanged;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.service.BacklogDraft;
import com.fasttrack.portal.backlog.service.BacklogService;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerRaised;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.BlockerStatusChanged;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.checkin.CadenceChanged;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInAcknowledged;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckInOverdue;
import com.fasttrack.portal.checkin.CheckInRecorded;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInDraft;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementRecordChanged;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.health.DayBegan;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthOverridden;
import com.fasttrack.portal.health.HealthOverrideEnded;
import com.fasttrack.portal.health.service.HealthJob;
import com.fasttrack.portal.health.service.HealthService;
import com.fasttrack.portal.notification.service.ReminderJob;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchAccepted;
import com.fasttrack.portal.partner.MatchProposed;
import com.fasttrack.portal.partner.MatchRequested;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.partner.service.PartnerMatchService;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write of the services and the daily jobs publishes its typed event, with who acted, when, and what its
 * listeners need; the services call no history, notifier or health code themselves.
 */
@RecordApplicationEvents
class WritesPublishTheirEventsTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    ApplicationEvents events;
    @Autowired
    CheckInService checkIns;
    @Autowired
    BlockerService blockers;
    @Autowired
    EngagementService engagements;
    @Autowired
    Engagements engagementRecords;
    @Autowired
    HealthService health;
    @Autowired
    PartnerMatchService matches;
    @Autowired
    Partners partners;
    @Autowired
    BacklogService backlog;
    @Autowired
    ReminderJob reminders;
    @Autowired
    HealthJob healthJob;

    private UserAccount engineer;
    private UserAccount customer;
    private Engagement engagement;

    @BeforeEach
    void engagement() {
        engineer = testData.user(Role.ENGINEER);
        customer = testData.user(Role.CUSTOMER);
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Events"),
                List.of(engineer), "SAP");
        events.clear();
    }

    @Test
    void aRecordedCheckInCarriesTheSavedCheckInAndItsEngineer() {
        login(engineer);
        Instant before = Instant.now();
        CheckIn saved = checkIns.record(engagement.id(), new CheckInDraft(LocalDate.now(), CheckInKind.STATUS,
                List.of(), "Shared summary", "Internal note", OnTrack.AT_RISK, "", "", null));

        CheckInRecorded recorded = only(CheckInRecorded.class);
        assertThat(recorded.checkIn()).isEqualTo(saved);
        assertThat(recorded.engagement()).isEqualTo(engagement.id());
        assertActedBy(recorded, engineer, before);

        login(customer);
        CheckIn acknowledged = checkIns.acknowledge(saved.id());
        CheckInAcknowledged acknowledgement = only(CheckInAcknowledged.class);
        assertThat(acknowledgement.checkIn()).isEqualTo(acknowledged);
        assertActedBy(acknowledgement, customer, before);
    }

    @Test
    void aCadenceChangeCarriesBothCadences() {
        login(engineer);
        checkIns.changeCadence(engagement.id(), version(), 10);
        CadenceChanged changed = only(CadenceChanged.class);
        assertThat(changed.beforeDays()).isNull();
        assertThat(changed.afterDays()).isEqualTo(10);
        assertActedBy(changed, engineer, Instant.EPOCH);
    }

    @Test
    void blockersPublishWhatWasRaisedAndEachStatusChange() {
        login(engineer);
        Blocker raised = blockers.raise(engagement.id(), new BlockerDraft("Quota", "", Severity.HIGH, "Ops", null,
                Visibility.INTERNAL, null));
        BlockerRaised raising = only(BlockerRaised.class);
        assertThat(raising.blocker()).isEqualTo(raised);
        assertThat(raising.blocker().visibility()).isEqualTo(Visibility.INTERNAL);

        Blocker resolved = blockers.changeStatus(raised.id(), raised.version(), BlockerStatus.RESOLVED, "Raised");
        BlockerStatusChanged changed = only(BlockerStatusChanged.class);
        assertThat(changed.before()).isEqualTo(raised);
        assertThat(changed.after()).isEqualTo(resolved);
        assertActedBy(changed, engineer, Instant.EPOCH);
    }

    @Test
    void aSavedRecordCarriesItsStateBeforeAndAfter() {
        login(engineer);
        engagements.describeGoal(engagement.id(), version(), "A new goal");
        EngagementRecordChanged changed = only(EngagementRecordChanged.class);
        assertThat(changed.before().goal()).isEqualTo(engagement.goal());
        assertThat(changed.after().goal()).isEqualTo("A new goal");
        assertActedBy(changed, engineer, Instant.EPOCH);
    }

    @Test
    void anOverrideAndItsEndArePublished() {
        login(engineer);
        LocalDate until = LocalDate.now().plusDays(5);
        health.override(engagement.id(), HealthColour.RED, "Budget", until);
        HealthOverridden overridden = only(HealthOverridden.class);
        assertThat(overridden.colour()).isEqualTo(HealthColour.RED);
        assertThat(overridden.reason()).isEqualTo("Budget");
        assertThat(overridden.until()).isEqualTo(until);
        health.clearOverride(engagement.id());
        assertActedBy(only(HealthOverrideEnded.class), engineer, Instant.EPOCH);
    }

    @Test
    void eachStepOfAPartnerMatchAndTheBacklogIsPublished() {
        Organisation partner = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partner.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3));
        login(customer);
        PartnerMatch requested = matches.request(engagement.id(), Set.of(SAP), null, "");
        assertThat(only(MatchRequested.class).match()).isEqualTo(requested);
        login(engineer);
        PartnerMatch proposed = matches.propose(engagement.id(), requested.id(), requested.version(),
                List.of(partner.id()));
        MatchProposed proposal = only(MatchProposed.class);
        assertThat(proposal.before()).isEqualTo(requested);
        assertThat(proposal.after()).isEqualTo(proposed);
        assertThat(proposal.partners()).containsExactly(partner.name());
        login(customer);
        matches.accept(engagement.id(), proposed.id(), proposed.version());
        MatchAccepted accepted = only(MatchAccepted.class);
        assertThat(accepted.after().status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(accepted.partnerName()).isEqualTo(partner.name());
        assertActedBy(accepted, customer, Instant.EPOCH);

        login(engineer);
        BacklogItem item = backlog.create(engagement.id(), new BacklogDraft("Landing zone", SAP,
                Assignee.partner(partner.id(), partner.name()), "R1", 1, 3, null));
        assertThat(only(BacklogItemAdded.class).item()).isEqualTo(item);
        BacklogItem moved = backlog.changeStatus(item.id(), item.version(), BacklogStatus.IN_PROGRESS);
        BacklogItemChanged changed = only(BacklogItemChanged.class);
        assertThat(changed.before()).isEqualTo(item);
        assertThat(changed.after()).isEqualTo(moved);
    }

    @Test
    void theDailyJobsPublishAsThePortal() {
        login(engineer);
        checkIns.record(engagement.id(), new CheckInDraft(LocalDate.now().minusDays(20), CheckInKind.STATUS,
                List.of(), "Long ago", "", OnTrack.ON_TRACK, "", "", LocalDate.now().minusDays(3)));
        events.clear();
        LocalDate day = LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 3, 1);
        reminders.runFor(day);
        CheckInOverdue overdue = events.stream(CheckInOverdue.class)
                .filter(e -> e.engagement().equals(engagement.id())).findFirst().orElseThrow();
        assertThat(overdue.due()).isEqualTo(LocalDate.now().minusDays(3));
        assertThat(overdue.actor()).isEqualTo(Actor.PORTAL);

        healthJob.runFor(day);
        assertThat(events.stream(DayBegan.class).filter(e -> e.engagement().equals(engagement.id())))
                .singleElement().satisfies(e -> assertThat(e.actor().isPortal()).isTrue());
    }

    private <E extends EngagementEvent> E only(Class<E> type) {
        List<E> published = events.stream(type).toList();
        assertThat(published).as(type.getSimpleName()).hasSize(1);
        E event = published.getFirst();
        events.clear();
        return event;
    }

    private static void assertActedBy(EngagementEvent event, UserAccount user, Instant notBefore) {
        assertThat(event.actor()).isEqualTo(Actor.person(user.id(), user.displayName()));
        assertThat(event.at()).isAfterOrEqualTo(notBefore.minus(Duration.ofSeconds(1)))
                .isBeforeOrEqualTo(Instant.now());
    }

    private long version() {
        return engagementRecords.find(engagement.id(), new EngagementScope.All()).orElseThrow().version();
    }
}
