package com.fasttrack.portal.portfolio.jdbc;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthOverride;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.portfolio.Dimension;
import com.fasttrack.portal.portfolio.Portfolio;
import com.fasttrack.portal.portfolio.PortfolioCounts;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;
import com.fasttrack.portal.testing.StatementCounter;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static com.fasttrack.portal.testing.PersistenceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.entry;

/**
 * Every scope asserted on here sees only this test's data (fresh organisations and engineers), so the figures are
 * exact although the database is shared.
 */
@PersistenceTest
class JdbcPortfolioTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    Portfolio portfolio;
    @Autowired
    EngagementHealth health;
    @Autowired
    Blockers blockers;
    @Autowired
    PersistenceFixtures fixtures;
    @Autowired
    DataSource dataSource;

    private final String tag = PersistenceFixtures.tag();
    private Organisation customerA;
    private Organisation customerB;
    private UserAccount engineer1;
    private UserAccount engineer2;
    private UserAccount raiser;
    private Engagement a1;
    private Engagement a2;
    private Engagement b1;
    private Engagement b2;
    private Engagement b3;

    @BeforeEach
    void data() {
        customerA = fixtures.customer("Alpha " + tag, Region.UNITED_KINGDOM);
        customerB = fixtures.customer("Beta " + tag, Region.JAPAN);
        engineer1 = fixtures.user("Engineer one " + tag, Role.ENGINEER, null);
        engineer2 = fixtures.user("Engineer two " + tag, Role.ENGINEER, null);
        raiser = fixtures.user("Raiser " + tag, Role.CUSTOMER, customerA);
        UserAccount manager = fixtures.user("Manager " + tag, Role.PROGRAM_MANAGER, null);

        a1 = fixtures.engagement(customerA, "A1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer1), "SAP");
        // lower case: sorting must ignore case ("a2" before "B2")
        a2 = fixtures.engagement(customerA, "a2 " + tag, PartnershipOption.SOLUTIONS_PARTNER, Set.of(engineer2),
                "DEVOPS");
        a2.advancePhase(manager.id(), Role.PROGRAM_MANAGER, NOW, "Test set-up", 0);
        a2 = fixtures.save(a2);
        b1 = fixtures.engagement(customerB, "B1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer1, engineer2),
                "SAP");
        b2 = fixtures.engagement(customerB, "B2 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer2), "SAP");
        b2.putOnHold();
        b2 = fixtures.save(b2);
        b3 = fixtures.engagement(customerB, "B3 " + tag, PartnershipOption.SUPPORTED_SELF_SERVICE, Set.of(engineer2),
                "LINUX");
        Engagement cancelled = fixtures.engagement(customerA, "A3 cancelled " + tag, PartnershipOption.FASTTRACK,
                Set.of(engineer1, engineer2), "SAP");
        cancelled.cancel();
        fixtures.save(cancelled);

        store(a1, HealthColour.AMBER, 60, TODAY.minusDays(2), null, "check-in overdue by 2 days", "4 open blockers");
        store(a2, HealthColour.AMBER, 85, TODAY.plusDays(6), null, "current phase past its planned end by 3 days");
        store(b1, HealthColour.RED, 20, TODAY, null, "critical blocker 'Licences' open 5 days");
        store(b2, HealthColour.AMBER, 85, TODAY.plusDays(7), HealthColour.AMBER, "manual");
        // b3 is never assessed: the schema's defaults (green, 100, no check-in due yet)
        store(cancelled, HealthColour.RED, 0, TODAY.minusDays(10), null, "check-in overdue by 10 days");
        // an override that ended yesterday no longer shows as one
        health.override(a2.id(), new HealthOverride(HealthColour.GREEN, "Holiday", engineer2.id(), "", TODAY
                .minusDays(1)));
        health.override(b2.id(), new HealthOverride(HealthColour.AMBER, "Waiting on budget", engineer2.id(), "",
                TODAY.plusDays(5)));

        // a1: two escalated (one internal), two open but not escalated, one closed
        raise(a1, Severity.CRITICAL, Duration.ofDays(4), null, Visibility.SHARED);
        raise(a1, Severity.LOW, Duration.ofHours(1), TODAY.minusDays(1), Visibility.INTERNAL);
        raise(a1, Severity.LOW, Duration.ofHours(1), TODAY, Visibility.SHARED);
        raise(a1, Severity.CRITICAL, Duration.ofHours(72), null, Visibility.SHARED);
        blockers.save(raise(a1, Severity.HIGH, Duration.ofDays(9), TODAY.minusDays(5), Visibility.SHARED)
                .changeStatus(BlockerStatus.RESOLVED, "Done", NOW));
        // b1: one escalated internal blocker
        raise(b1, Severity.CRITICAL, Duration.ofDays(5), null, Visibility.INTERNAL);
        // the cancelled engagement's blocker counts nowhere
        raise(cancelled, Severity.CRITICAL, Duration.ofDays(5), TODAY.minusDays(3), Visibility.SHARED);
    }

    private void store(Engagement engagement, HealthColour colour, int score, LocalDate due,
                       @Nullable HealthColour overridden, String... reasons) {
        HealthOverride override = overridden == null ? null
                : new HealthOverride(overridden, "manual", engineer2.id(), "", TODAY.plusDays(5));
        health.store(engagement.id(), new Health(colour, colour, score, List.of(reasons), override), due, NOW);
    }

    private Blocker raise(Engagement engagement, Severity severity, Duration age, @Nullable LocalDate due,
                          Visibility visibility) {
        return blockers.save(Blocker.raise(engagement.id(), severity + " " + tag, "", severity, "Owner", null, due,
                visibility, raiser.id(), NOW.minus(age), due == null ? TODAY : due));
    }

    private List<PortfolioRow> rows(EngagementScope scope) {
        return portfolio.rows(scope, TODAY, NOW, FIRST_PAGE);
    }

    private static PortfolioRow row(List<PortfolioRow> rows, Engagement engagement) {
        return rows.stream().filter(row -> row.id().equals(engagement.id())).findFirst().orElseThrow();
    }

    @Test
    void rowsAreRunningEngagementsInTheScopeWorstHealthFirst() {
        assertThat(rows(new EngagementScope.OfCustomer(customerA.id()))).extracting(PortfolioRow::id)
                .containsExactly(a1.id(), a2.id());
        assertThat(rows(new EngagementScope.OfCustomer(customerB.id()))).extracting(PortfolioRow::id)
                .containsExactly(b1.id(), b2.id(), b3.id());
        assertThat(rows(new EngagementScope.AssignedTo(engineer1.id()))).extracting(PortfolioRow::id)
                .containsExactly(b1.id(), a1.id());
        assertThat(rows(new EngagementScope.AssignedTo(engineer2.id()))).extracting(PortfolioRow::id)
                .containsExactly(b1.id(), a2.id(), b2.id(), b3.id());
        assertThat(rows(new EngagementScope.EngagedPartner(customerA.id()))).isEmpty();
        assertThat(portfolio.rows(new EngagementScope.AssignedTo(engineer2.id()), TODAY, NOW, PageRequest.of(1, 2)))
                .extracting(PortfolioRow::id).containsExactly(a2.id(), b2.id());
    }

    @Test
    void aRowCarriesTheEngagementItsCustomerAndItsStoredHealth() {
        List<PortfolioRow> rows = rows(new EngagementScope.AssignedTo(engineer2.id()));

        PortfolioRow onHold = row(rows, b2);
        assertThat(onHold.title()).isEqualTo("B2 " + tag);
        assertThat(onHold.customerName()).isEqualTo("Beta " + tag);
        assertThat(onHold.region()).isEqualTo(Region.JAPAN);
        assertThat(onHold.option()).isEqualTo(PartnershipOption.FASTTRACK);
        assertThat(onHold.phase()).isEqualTo(Phase.DISCOVERY);
        assertThat(onHold.status()).isEqualTo(EngagementStatus.ON_HOLD);
        assertThat(onHold.health()).isEqualTo(HealthColour.AMBER);
        assertThat(onHold.healthScore()).isEqualTo(85);
        assertThat(onHold.healthOverridden()).isTrue();
        assertThat(onHold.nextCheckInDue()).isEqualTo(TODAY.plusDays(7));

        PortfolioRow expiredOverride = row(rows, a2);
        assertThat(expiredOverride.phase()).isEqualTo(Phase.SOLUTION_ENABLEMENT);
        assertThat(expiredOverride.option()).isEqualTo(PartnershipOption.SOLUTIONS_PARTNER);
        assertThat(expiredOverride.healthOverridden()).isFalse();
        assertThat(row(rows, b3).nextCheckInDue()).isNull();

        PortfolioRow a1Row = row(rows(new EngagementScope.AssignedTo(engineer1.id())), a1);
        assertThat(a1Row.healthReasons()).containsExactly("check-in overdue by 2 days", "4 open blockers");
        assertThat(a1Row.region()).isEqualTo(Region.UNITED_KINGDOM);
        assertThat(a1Row.checkInOverdueDays(TODAY)).isEqualTo(2);
    }

    @Test
    void blockerCountsPerRowLeaveInternalBlockersOutForTheCustomer() {
        PortfolioRow a1ForEngineer = row(rows(new EngagementScope.AssignedTo(engineer1.id())), a1);
        assertThat(a1ForEngineer.openBlockers()).isEqualTo(4);
        assertThat(a1ForEngineer.escalatedBlockers()).isEqualTo(2);
        PortfolioRow a1ForCustomer = row(rows(new EngagementScope.OfCustomer(customerA.id())), a1);
        assertThat(a1ForCustomer.openBlockers()).isEqualTo(3);
        assertThat(a1ForCustomer.escalatedBlockers()).isEqualTo(1);

        PortfolioRow b1ForEngineer = row(rows(new EngagementScope.AssignedTo(engineer2.id())), b1);
        assertThat(b1ForEngineer.openBlockers()).isEqualTo(1);
        assertThat(b1ForEngineer.escalatedBlockers()).isEqualTo(1);
        PortfolioRow b1ForCustomer = row(rows(new EngagementScope.OfCustomer(customerB.id())), b1);
        assertThat(b1ForCustomer.openBlockers()).isZero();
        assertThat(b1ForCustomer.escalatedBlockers()).isZero();
    }

    @Test
    void aCriticalBlockerEscalatesOnlyAfterMoreThanThreeDays() {
        Instant justAfter = NOW.plusNanos(1_000);

        // the critical blocker raised exactly 72 hours ago escalates one microsecond later
        assertThat(row(portfolio.rows(new EngagementScope.OfCustomer(customerA.id()), TODAY, justAfter, FIRST_PAGE),
                a1).escalatedBlockers()).isEqualTo(2);
        // and the low blocker due today escalates tomorrow
        assertThat(row(portfolio.rows(new EngagementScope.OfCustomer(customerA.id()), TODAY.plusDays(1), NOW,
                FIRST_PAGE), a1).escalatedBlockers()).isEqualTo(2);
    }

    @Test
    void countsForEachScope() {
        assertThat(portfolio.counts(new EngagementScope.AssignedTo(engineer1.id()), TODAY, NOW))
                .isEqualTo(new PortfolioCounts(2, 1, 3, 1, 1, 1, 0));
        assertThat(portfolio.counts(new EngagementScope.AssignedTo(engineer2.id()), TODAY, NOW))
                .isEqualTo(new PortfolioCounts(4, 0, 1, 2, 1, 2, 1));
        assertThat(portfolio.counts(new EngagementScope.OfCustomer(customerA.id()), TODAY, NOW))
                .isEqualTo(new PortfolioCounts(2, 1, 1, 1, 0, 2, 0));
        // b1's escalated blocker is internal
        assertThat(portfolio.counts(new EngagementScope.OfCustomer(customerB.id()), TODAY, NOW))
                .isEqualTo(new PortfolioCounts(3, 0, 0, 1, 1, 1, 1));
        assertThat(portfolio.counts(new EngagementScope.EngagedPartner(customerA.id()), TODAY, NOW))
                .isEqualTo(new PortfolioCounts(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void distributionsPerDimensionLargestFirst() {
        EngagementScope scope = new EngagementScope.AssignedTo(engineer2.id());

        assertThat(portfolio.distribution(scope, Dimension.PHASE)).containsExactly(
                entry("DISCOVERY", 3L), entry("SOLUTION_ENABLEMENT", 1L));
        assertThat(portfolio.distribution(scope, Dimension.OPTION)).containsExactly(
                entry("FASTTRACK", 2L), entry("SOLUTIONS_PARTNER", 1L), entry("SUPPORTED_SELF_SERVICE", 1L));
        assertThat(portfolio.distribution(scope, Dimension.HEALTH)).containsExactly(
                entry("AMBER", 2L), entry("GREEN", 1L), entry("RED", 1L));
        assertThat(portfolio.distribution(scope, Dimension.REGION)).containsExactly(
                entry("JP", 3L), entry("UK", 1L));
        assertThat(portfolio.distribution(new EngagementScope.OfCustomer(customerA.id()), Dimension.REGION))
                .containsExactly(entry("UK", 2L));
        assertThat(portfolio.distribution(new EngagementScope.EngagedPartner(customerA.id()), Dimension.PHASE))
                .isEmpty();
    }

    @Test
    void allDistributionsInOneStatementAgreeWithEachDimension() {
        for (EngagementScope scope : List.of(new EngagementScope.AssignedTo(engineer2.id()),
                new EngagementScope.OfCustomer(customerA.id()), new EngagementScope.EngagedPartner(customerA.id()))) {
            var all = portfolio.distributions(scope);
            for (Dimension dimension : Dimension.values()) {
                assertThat(all.get(dimension)).containsExactlyEntriesOf(portfolio.distribution(scope, dimension));
            }
        }
    }

    @Test
    void aCardsOpenBlockersAreThoseTheScopeSeesMostSevereFirstAtMostAsManyAsAsked() {
        List<com.fasttrack.portal.portfolio.CardBlocker> customers = portfolio.openBlockers(List.of(a1.id(), b1.id()),
                new EngagementScope.OfCustomer(customerA.id()), 20);
        // a1's shared open ones (the internal one and the resolved one left out); b1 is another customer's
        assertThat(customers).extracting(b -> b.engagement(), b -> b.severity()).containsExactly(
                tuple(a1.id(), Severity.CRITICAL), tuple(a1.id(), Severity.CRITICAL), tuple(a1.id(), Severity.LOW));
        assertThat(customers.getFirst().owner()).isEqualTo("Owner");

        List<com.fasttrack.portal.portfolio.CardBlocker> engineers = portfolio.openBlockers(List.of(a1.id(), b1.id()),
                new EngagementScope.AssignedTo(engineer1.id()), 2);
        assertThat(engineers).extracting(b -> b.engagement()).containsExactlyInAnyOrder(a1.id(), a1.id(), b1.id());
        assertThat(portfolio.openBlockers(List.of(), new EngagementScope.All(), 20)).isEmpty();
    }

    @Test
    void aPageOfRowsCostsTheSameStatementsWhateverItsSize() {
        Organisation customer = fixtures.customer("Gamma " + tag, Region.WESTERN_EUROPE);
        UserAccount few = fixtures.user("Few " + tag, Role.ENGINEER, null);
        UserAccount many = fixtures.user("Many " + tag, Role.ENGINEER, null);
        List<Engagement> created = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Engagement engagement = fixtures.engagement(customer, "G" + i + " " + tag, PartnershipOption.FASTTRACK,
                    i < 5 ? Set.of(few, many) : Set.of(many), "SAP");
            raise(engagement, Severity.CRITICAL, Duration.ofDays(4), null, Visibility.SHARED);
            raise(engagement, Severity.LOW, Duration.ofDays(1), null, Visibility.INTERNAL);
            created.add(engagement);
        }
        StatementCounter counter = new StatementCounter();
        JdbcPortfolio counted = new JdbcPortfolio(new NamedParameterJdbcTemplate(counter.wrap(dataSource)));

        List<PortfolioRow> fiveRows = counted.rows(new EngagementScope.AssignedTo(few.id()), TODAY, NOW, FIRST_PAGE);
        int forFive = counter.count();
        counter.reset();
        List<PortfolioRow> twentyRows = counted.rows(new EngagementScope.AssignedTo(many.id()), TODAY, NOW,
                FIRST_PAGE);
        int forTwenty = counter.count();

        assertThat(fiveRows).hasSize(5);
        assertThat(twentyRows).hasSize(20).allSatisfy(row -> {
            assertThat(row.openBlockers()).isEqualTo(2);
            assertThat(row.escalatedBlockers()).isEqualTo(1);
        });
        assertThat(twentyRows).extracting(PortfolioRow::id)
                .containsExactlyInAnyOrderElementsOf(created.stream().map(Engagement::id).toList());
        assertThat(forTwenty).isEqualTo(forFive).isBetween(1, 2);

        counter.reset();
        assertThat(counted.counts(new EngagementScope.AssignedTo(many.id()), TODAY, NOW).escalatedBlockers())
                .isEqualTo(20);
        assertThat(counted.distribution(new EngagementScope.AssignedTo(many.id()), Dimension.REGION))
                .isEqualTo(Map.of("WEU", 20L));
        assertThat(counter.count()).isEqualTo(2);
    }
}
