package com.fasttrack.portal.checkin.jdbc;

import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static com.fasttrack.portal.testing.PersistenceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcCheckInsTest {

    private static final String NOTE = "Sponsor is wavering on budget";

    @Autowired
    CheckIns checkIns;
    @Autowired
    PersistenceFixtures fixtures;

    private final String tag = PersistenceFixtures.tag();
    private Organisation customerA;
    private Organisation customerB;
    private UserAccount engineer;
    private UserAccount otherEngineer;
    private UserAccount customerUser;
    private Engagement engagement;
    private EngagementScope customerScope;
    private EngagementScope engineerScope;

    @BeforeEach
    void data() {
        customerA = fixtures.customer("Alpha " + tag, Region.UNITED_KINGDOM);
        customerB = fixtures.customer("Beta " + tag, Region.JAPAN);
        engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        otherEngineer = fixtures.user("Other engineer " + tag, Role.ENGINEER, null);
        customerUser = fixtures.user("Customer " + tag, Role.CUSTOMER, customerA);
        engagement = fixtures.engagement(customerA, "A1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer),
                "SAP");
        fixtures.engagement(customerB, "B1 " + tag, PartnershipOption.FASTTRACK, Set.of(otherEngineer), "SAP");
        customerScope = new EngagementScope.OfCustomer(customerA.id());
        engineerScope = new EngagementScope.AssignedTo(engineer.id());
    }

    private CheckIn record(LocalDate date, Instant at, String summary) {
        return CheckIn.record(engagement.id(), date, CheckInKind.ARCHITECTURE_REVIEW,
                List.of("Zoë Ångström", "渡辺 健"), summary, NOTE, OnTrack.AT_RISK, "Landing zone agreed",
                "Review the network design", null, new Cadence(7), engineer.id(), at);
    }

    @Test
    void everyFieldRoundTripsWithMicrosecondTimestamps() {
        CheckIn recorded = record(TODAY, NOW, "Architecture reviewed " + tag);
        CheckIn saved = checkIns.save(recorded.acknowledge(customerUser.id(), NOW.plusNanos(1_000)));

        CheckIn found = checkIns.find(saved.id(), engineerScope).orElseThrow();

        assertThat(found).isEqualTo(saved);
        assertThat(found.version()).isZero();
        assertThat(found.attendees()).containsExactly("Zoë Ångström", "渡辺 健");
        assertThat(found.recordedAt()).isEqualTo(NOW);
        assertThat(found.acknowledgedAt()).isEqualTo(NOW.plusNanos(1_000));
        assertThat(found.nextCheckIn()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void noAttendeesReadBackAsAnEmptyList() {
        CheckIn saved = checkIns.save(CheckIn.record(engagement.id(), TODAY, CheckInKind.STATUS, List.of(),
                "Status " + tag, "", OnTrack.ON_TRACK, "", "", TODAY.plusDays(3), new Cadence(7), engineer.id(),
                NOW));

        CheckIn found = checkIns.find(saved.id(), engineerScope).orElseThrow();

        assertThat(found.attendees()).isEmpty();
        assertThat(found.acknowledgedBy()).isNull();
        assertThat(found).isEqualTo(saved);
    }

    @Test
    void anAttendeeWithALineBreakIsRefusedRatherThanSplitInTwo() {
        // the check-in itself refuses it now (the one rule for text lives in the domain); the adapter still would
        assertThatThrownBy(() -> checkIns.save(CheckIn.record(engagement.id(), TODAY, CheckInKind.STATUS,
                List.of("Ann\nBob"), "Status " + tag, "", OnTrack.ON_TRACK, "", "", null, new Cadence(7),
                engineer.id(), NOW))).isInstanceOf(DomainException.class).hasMessageContaining("one line");
        assertThat(checkIns.count(engagement.id(), engineerScope)).isZero();
    }

    @Test
    void aCustomerGetsAnEmptyInternalNoteWhileTheProviderGetsIt() {
        CheckIn saved = checkIns.save(record(TODAY, NOW, "Reviewed " + tag));

        CheckIn asCustomer = checkIns.find(saved.id(), customerScope).orElseThrow();
        assertThat(asCustomer.internalNote()).isEmpty();
        assertThat(asCustomer.sharedSummary()).isEqualTo("Reviewed " + tag);
        assertThat(checkIns.of(engagement.id(), customerScope, PageRequest.of(0, 10)))
                .singleElement().extracting(CheckIn::internalNote).isEqualTo("");
        assertThat(checkIns.latest(engagement.id(), customerScope).orElseThrow().internalNote()).isEmpty();
        assertThat(checkIns.find(saved.id(), new EngagementScope.EngagedPartner(customerA.id()))).isEmpty();

        assertThat(checkIns.find(saved.id(), engineerScope).orElseThrow().internalNote()).isEqualTo(NOTE);
        assertThat(checkIns.find(saved.id(), new EngagementScope.All()).orElseThrow().internalNote())
                .isEqualTo(NOTE);
        assertThat(checkIns.latest(engagement.id(), engineerScope).orElseThrow().internalNote()).isEqualTo(NOTE);
    }

    @Test
    void acknowledgingACheckInReadByTheCustomerKeepsTheInternalNote() {
        CheckIn saved = checkIns.save(record(TODAY, NOW, "Reviewed " + tag));
        CheckIn asCustomer = checkIns.find(saved.id(), customerScope).orElseThrow();

        CheckIn acknowledged = checkIns.save(asCustomer.acknowledge(customerUser.id(), NOW.plusSeconds(60)));

        assertThat(acknowledged.version()).isEqualTo(1);
        CheckIn stored = checkIns.find(saved.id(), engineerScope).orElseThrow();
        assertThat(stored.internalNote()).isEqualTo(NOTE);
        assertThat(stored.acknowledgedBy()).isEqualTo(customerUser.id());
        assertThat(stored.acknowledgedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void outsideTheScopeNothingIsFound() {
        CheckIn saved = checkIns.save(record(TODAY, NOW, "Reviewed " + tag));
        EngagementScope foreignCustomer = new EngagementScope.OfCustomer(customerB.id());
        EngagementScope foreignEngineer = new EngagementScope.AssignedTo(otherEngineer.id());

        for (EngagementScope foreign : List.of(foreignCustomer, foreignEngineer)) {
            assertThat(checkIns.find(saved.id(), foreign)).isEmpty();
            assertThat(checkIns.of(engagement.id(), foreign, PageRequest.of(0, 10))).isEmpty();
            assertThat(checkIns.count(engagement.id(), foreign)).isZero();
            assertThat(checkIns.latest(engagement.id(), foreign)).isEmpty();
        }
        assertThat(checkIns.count(engagement.id(), customerScope)).isEqualTo(1);
    }

    @Test
    void newestFirstPagedInTheDatabase() {
        CheckIn oldest = checkIns.save(record(TODAY.minusDays(14), NOW.minus(Duration.ofDays(14)), "Oldest " + tag));
        // two on the same day: the later recorded comes first
        CheckIn earlierToday = checkIns.save(record(TODAY, NOW, "Earlier " + tag));
        CheckIn laterToday = checkIns.save(record(TODAY, NOW.plusNanos(1_000), "Later " + tag));
        CheckIn lastWeek = checkIns.save(record(TODAY.minusDays(7), NOW.plusSeconds(3600), "Last week " + tag));

        assertThat(checkIns.of(engagement.id(), engineerScope, PageRequest.of(0, 10)))
                .extracting(CheckIn::id)
                .containsExactly(laterToday.id(), earlierToday.id(), lastWeek.id(), oldest.id());
        assertThat(checkIns.of(engagement.id(), customerScope, PageRequest.of(1, 2)))
                .extracting(CheckIn::id).containsExactly(earlierToday.id(), lastWeek.id());
        assertThat(checkIns.of(engagement.id(), customerScope, PageRequest.of(2, 2)))
                .extracting(CheckIn::id).containsExactly(lastWeek.id(), oldest.id());
        assertThat(checkIns.of(engagement.id(), customerScope, PageRequest.of(4, 2))).isEmpty();
        assertThat(checkIns.count(engagement.id(), customerScope)).isEqualTo(4);
        assertThat(checkIns.latest(engagement.id(), customerScope).orElseThrow().id()).isEqualTo(laterToday.id());
    }

    @Test
    void anEngagementWithoutCheckInsHasNoLatest() {
        assertThat(checkIns.latest(engagement.id(), engineerScope)).isEmpty();
        assertThat(checkIns.count(engagement.id(), engineerScope)).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        CheckIn saved = checkIns.save(record(TODAY, NOW, "Reviewed " + tag));
        CheckIn first = checkIns.find(saved.id(), customerScope).orElseThrow();
        CheckIn second = checkIns.find(saved.id(), customerScope).orElseThrow();
        UserAccount otherCustomer = fixtures.user("Second customer " + tag, Role.CUSTOMER, customerA);

        checkIns.save(first.acknowledge(customerUser.id(), NOW.plusSeconds(1)));

        assertThatThrownBy(() -> checkIns.save(second.acknowledge(otherCustomer.id(), NOW.plusSeconds(2))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        CheckIn stored = checkIns.find(saved.id(), engineerScope).orElseThrow();
        assertThat(stored.acknowledgedBy()).isEqualTo(customerUser.id());
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aSecondNewCheckInWithTheSameIdIsRefusedOnceTheFirstMovedOn() {
        CheckIn recorded = record(TODAY, NOW, "Reviewed " + tag);
        checkIns.save(checkIns.save(recorded).acknowledge(customerUser.id(), NOW.plusSeconds(1)));

        assertThatThrownBy(() -> checkIns.save(recorded))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(checkIns.find(recorded.id(), engineerScope).orElseThrow().acknowledged()).isTrue();
    }
}
