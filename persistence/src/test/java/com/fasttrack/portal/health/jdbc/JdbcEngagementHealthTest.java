package com.fasttrack.portal.health.jdbc;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthOverride;
import com.fasttrack.portal.health.HealthPoint;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static com.fasttrack.portal.testing.PersistenceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcEngagementHealthTest {

    private static final Health GREEN = new Health(HealthColour.GREEN, HealthColour.GREEN, 100,
            List.of("All signals on track"), null);
    private static final Health AMBER = new Health(HealthColour.AMBER, HealthColour.AMBER, 85,
            List.of("check-in overdue by 2 days"), null);

    @Autowired
    EngagementHealth health;
    @Autowired
    Engagements engagements;
    @Autowired
    PersistenceFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = PersistenceFixtures.tag();
    private Organisation customerA;
    private Organisation customerB;
    private UserAccount engineer;
    private UserAccount otherEngineer;
    private Engagement engagement;

    @BeforeEach
    void data() {
        customerA = fixtures.customer("Alpha " + tag, Region.UNITED_KINGDOM);
        customerB = fixtures.customer("Beta " + tag, Region.JAPAN);
        engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        otherEngineer = fixtures.user("Other engineer " + tag, Role.ENGINEER, null);
        engagement = fixtures.engagement(customerA, "A1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer),
                "SAP");
    }

    private List<HealthPoint> history() {
        return health.history(engagement.id(), new EngagementScope.All());
    }

    @Test
    void aPointIsAddedOnlyWhenTheShownColourOrTheOverrideFlagChanges() {
        health.store(engagement.id(), GREEN, TODAY.plusDays(7), NOW);
        health.store(engagement.id(), new Health(HealthColour.GREEN, HealthColour.GREEN, 97,
                List.of("All signals on track"), null), TODAY.plusDays(7), NOW.plusSeconds(60));
        assertThat(history()).singleElement().satisfies(point -> {
            assertThat(point.at()).isEqualTo(NOW);
            assertThat(point.colour()).isEqualTo(HealthColour.GREEN);
            assertThat(point.score()).isEqualTo(100);
            assertThat(point.overridden()).isFalse();
        });

        health.store(engagement.id(), AMBER, TODAY.minusDays(2), NOW.plus(Duration.ofDays(1)));
        assertThat(history()).extracting(HealthPoint::colour).containsExactly(HealthColour.GREEN, HealthColour.AMBER);

        // same colour, but now an engineer's override shows it
        HealthOverride override = new HealthOverride(HealthColour.AMBER, "Customer on holiday", engineer.id(),
                engineer.displayName(), TODAY.plusDays(10));
        health.store(engagement.id(), new Health(HealthColour.AMBER, HealthColour.RED, 45,
                List.of("check-in overdue by 9 days"), override), TODAY.minusDays(9), NOW.plus(Duration.ofDays(2)));
        List<HealthPoint> points = history();
        assertThat(points).extracting(HealthPoint::overridden).containsExactly(false, false, true);
        assertThat(points.getLast()).isEqualTo(new HealthPoint(NOW.plus(Duration.ofDays(2)), HealthColour.AMBER, 45,
                "check-in overdue by 9 days", true));
    }

    @Test
    void storingWritesTheAssessmentOntoTheEngagementWithoutTouchingItsVersion() {
        Health red = new Health(HealthColour.RED, HealthColour.RED, 30,
                List.of("check-in overdue by 8 days", "critical blocker 'Quota' open 4 days"), null);
        health.store(engagement.id(), red, TODAY.minusDays(8), NOW);

        assertThat(health.current(engagement.id(), new EngagementScope.All())).contains(red);
        var stored = jdbc.queryForMap("select next_check_in_due, health_assessed_at, health_reasons, version"
                + " from engagement where id = ?", engagement.id().value());
        assertThat(stored.get("next_check_in_due")).isEqualTo(java.sql.Date.valueOf(TODAY.minusDays(8)));
        assertThat(jdbc.queryForObject("select health_assessed_at from engagement where id = ?",
                OffsetDateTime.class, engagement.id().value()).toInstant()).isEqualTo(NOW);
        assertThat(stored.get("health_reasons"))
                .isEqualTo("check-in overdue by 8 days\ncritical blocker 'Quota' open 4 days");
        assertThat(stored.get("version")).isEqualTo(engagement.version());
        // so an edit of the engagement loaded before the reassessment still saves
        engagement.rename("Renamed " + tag);
        assertThat(engagements.save(engagement).title()).isEqualTo("Renamed " + tag);
        // and saving the engagement leaves its stored health alone
        assertThat(health.current(engagement.id(), new EngagementScope.All())).contains(red);
    }

    @Test
    void storingForAMissingEngagementFails() {
        EngagementId missing = new EngagementId(UUID.randomUUID());

        assertThatThrownBy(() -> health.store(missing, GREEN, TODAY, NOW)).isInstanceOf(NotFoundException.class);
        assertThat(health.history(missing, new EngagementScope.All())).isEmpty();
    }

    @Test
    void anOverrideIsSetReadWithItsAuthorsNameAndCleared() {
        assertThat(health.override(engagement.id())).isEmpty();
        HealthOverride override = HealthOverride.set(HealthColour.GREEN, "Blocker is a formality", engineer.id(),
                "ignored: the name comes from the user", TODAY.plusDays(14), TODAY);

        health.override(engagement.id(), override);

        HealthOverride read = health.override(engagement.id()).orElseThrow();
        assertThat(read.colour()).isEqualTo(HealthColour.GREEN);
        assertThat(read.reason()).isEqualTo("Blocker is a formality");
        assertThat(read.by()).isEqualTo(engineer.id());
        assertThat(read.byName()).isEqualTo(engineer.displayName());
        assertThat(read.until()).isEqualTo(TODAY.plusDays(14));
        health.store(engagement.id(), new Health(HealthColour.GREEN, HealthColour.AMBER, 85, List.of("1 open blocker"),
                read), TODAY.plusDays(7), NOW);
        assertThat(health.current(engagement.id(), new EngagementScope.All()).orElseThrow().override())
                .isEqualTo(read);

        health.override(engagement.id(), null);

        assertThat(health.override(engagement.id())).isEmpty();
        assertThat(health.current(engagement.id(), new EngagementScope.All()).orElseThrow().overridden()).isFalse();
        assertThatThrownBy(() -> health.override(new EngagementId(UUID.randomUUID()), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void currentAndHistoryAreFoundOnlyWithinTheScope() {
        health.store(engagement.id(), AMBER, TODAY.minusDays(2), NOW);

        assertThat(health.current(engagement.id(), new EngagementScope.OfCustomer(customerA.id()))).contains(AMBER);
        assertThat(health.current(engagement.id(), new EngagementScope.AssignedTo(engineer.id()))).contains(AMBER);
        assertThat(health.history(engagement.id(), new EngagementScope.OfCustomer(customerA.id()))).hasSize(1);

        List<EngagementScope> foreignScopes = List.of(new EngagementScope.OfCustomer(customerB.id()),
                new EngagementScope.AssignedTo(otherEngineer.id()), new EngagementScope.EngagedPartner(customerA.id()));
        for (EngagementScope foreign : foreignScopes) {
            assertThat(health.current(engagement.id(), foreign)).isEmpty();
            assertThat(health.history(engagement.id(), foreign)).isEmpty();
        }
    }

    @Test
    void aNewEngagementReadsAsGreenWithNoHistory() {
        assertThat(health.current(engagement.id(), new EngagementScope.All())).contains(GREEN);
        assertThat(history()).isEmpty();
    }

    @Test
    void runningMeansActiveOrOnHold() {
        UserAccount manager = fixtures.user("Manager " + tag, Role.PROGRAM_MANAGER, null);
        Engagement onHold = fixtures.engagement(customerA, "On hold " + tag, PartnershipOption.FASTTRACK, Set.of());
        onHold.putOnHold();
        fixtures.save(onHold);
        Engagement cancelled = fixtures.engagement(customerA, "Cancelled " + tag, PartnershipOption.FASTTRACK,
                Set.of());
        cancelled.cancel();
        fixtures.save(cancelled);
        Engagement completed = fixtures.engagement(customerA, "Completed " + tag, PartnershipOption.FASTTRACK,
                Set.of());
        completed.advancePhase(manager.id(), Role.PROGRAM_MANAGER, NOW, "Test set-up", 0);
        completed.advancePhase(manager.id(), Role.PROGRAM_MANAGER, NOW, "Test set-up", 0);
        completed.complete(manager.id(), Role.PROGRAM_MANAGER, NOW, "Test set-up", 0);
        fixtures.save(completed);

        assertThat(health.running()).contains(engagement.id(), onHold.id())
                .doesNotContain(cancelled.id(), completed.id());
    }
}
