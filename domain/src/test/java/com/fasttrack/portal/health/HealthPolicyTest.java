package com.fasttrack.portal.health;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.shared.Visibility;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Cadence WEEKLY = new Cadence(7);
    private static final EngagementId ENGAGEMENT = EngagementId.random();
    private static final UserId ENGINEER = UserId.random();

    private static HealthFacts facts(LocalDate nextCheckIn, List<Blocker> blockers, LocalDate phaseEnd,
                                     HealthOverride override) {
        return new HealthFacts(TODAY, NOW, nextCheckIn, WEEKLY, blockers, phaseEnd, override);
    }

    private static Blocker blocker(String title, Severity severity, int ageDays, LocalDate due) {
        return Blocker.raise(ENGAGEMENT, title, "", severity, "Tom", null, due, Visibility.SHARED, ENGINEER,
                NOW.minus(ageDays, ChronoUnit.DAYS), TODAY.minusDays(ageDays));
    }

    @Test
    void nothingWrongIsGreenWithAReason() {
        Health health = HealthPolicy.assess(facts(TODAY.plusDays(3), List.of(), TODAY.plusDays(10), null));
        assertThat(health.colour()).isEqualTo(HealthColour.GREEN);
        assertThat(health.score()).isEqualTo(100);
        assertThat(health.reasons()).containsExactly("All signals on track");
    }

    @Test
    void aCheckInOverdueIsAmberAndByAFullCadenceRed() {
        Health amber = HealthPolicy.assess(facts(TODAY.minusDays(6), List.of(), null, null));
        assertThat(amber.colour()).isEqualTo(HealthColour.AMBER);
        assertThat(amber.reasons()).containsExactly("check-in overdue by 6 days");
        Health red = HealthPolicy.assess(facts(TODAY.minusDays(7), List.of(), null, null));
        assertThat(red.colour()).isEqualTo(HealthColour.RED);
        assertThat(red.reasons()).containsExactly("check-in overdue by 7 days");
        assertThat(HealthPolicy.assess(facts(TODAY, List.of(), null, null)).colour()).isEqualTo(HealthColour.GREEN);
    }

    @Test
    void anyOpenBlockerIsAmber() {
        Health health = HealthPolicy.assess(facts(TODAY.plusDays(1),
                List.of(blocker("VPN quota", Severity.HIGH, 1, null)), null, null));
        assertThat(health.colour()).isEqualTo(HealthColour.AMBER);
        assertThat(health.reasons()).containsExactly("1 open blocker");
    }

    @Test
    void aCriticalOrPastDueBlockerIsRed() {
        Health critical = HealthPolicy.assess(facts(TODAY.plusDays(1),
                List.of(blocker("VPN quota", Severity.CRITICAL, 5, null)), null, null));
        assertThat(critical.colour()).isEqualTo(HealthColour.RED);
        assertThat(critical.reasons()).containsExactly("critical blocker 'VPN quota' open 5 days");

        Health pastDue = HealthPolicy.assess(facts(TODAY.plusDays(1),
                List.of(blocker("Licences", Severity.LOW, 10, TODAY.minusDays(2))), null, null));
        assertThat(pastDue.colour()).isEqualTo(HealthColour.RED);
        assertThat(pastDue.reasons()).containsExactly("blocker 'Licences' past due by 2 days");
    }

    @Test
    void aPhasePastItsPlannedEndIsAmberAndAfterFourteenDaysRed() {
        assertThat(HealthPolicy.assess(facts(TODAY.plusDays(1), List.of(), TODAY.minusDays(14), null)).colour())
                .isEqualTo(HealthColour.AMBER);
        Health red = HealthPolicy.assess(facts(TODAY.plusDays(1), List.of(), TODAY.minusDays(15), null));
        assertThat(red.colour()).isEqualTo(HealthColour.RED);
        assertThat(red.reasons()).containsExactly("current phase past its planned end by 15 days");
    }

    @Test
    void theWorstColourWinsAndEveryReasonIsKept() {
        Health health = HealthPolicy.assess(facts(TODAY.minusDays(2),
                List.of(blocker("VPN quota", Severity.CRITICAL, 4, null)), TODAY.minusDays(3), null));
        assertThat(health.colour()).isEqualTo(HealthColour.RED);
        assertThat(health.reasons()).containsExactly("check-in overdue by 2 days",
                "critical blocker 'VPN quota' open 4 days", "current phase past its planned end by 3 days");
        assertThat(health.score()).isEqualTo(100 - 15 - 40 - 15);
    }

    @Test
    void theScoreSortsRedBelowAmberBelowGreen() {
        int green = HealthPolicy.assess(facts(TODAY.plusDays(1), List.of(), null, null)).score();
        int amber = HealthPolicy.assess(facts(TODAY.minusDays(1), List.of(), null, null)).score();
        int red = HealthPolicy.assess(facts(TODAY.minusDays(8), List.of(), null, null)).score();
        assertThat(green).isGreaterThan(amber);
        assertThat(amber).isGreaterThan(red);
    }

    @Test
    void anOverrideShowsItsColourUntilItExpires() {
        HealthOverride override = HealthOverride.set(HealthColour.GREEN, "Customer waiting for budget; agreed pause",
                ENGINEER, "Priya", TODAY.plusDays(5), TODAY);
        Health overridden = HealthPolicy.assess(facts(TODAY.minusDays(10), List.of(), null, override));
        assertThat(overridden.colour()).isEqualTo(HealthColour.GREEN);
        assertThat(overridden.computed()).isEqualTo(HealthColour.RED);
        assertThat(overridden.overridden()).isTrue();

        HealthFacts later = new HealthFacts(TODAY.plusDays(6), NOW.plus(6, ChronoUnit.DAYS), TODAY.minusDays(10),
                WEEKLY, List.of(), null, override);
        Health expired = HealthPolicy.assess(later);
        assertThat(expired.colour()).isEqualTo(HealthColour.RED);
        assertThat(expired.overridden()).isFalse();
    }

    @Test
    void anOverrideLastsAtMostThirtyDaysAndNeedsAReason() {
        assertThatThrownBy(() -> HealthOverride.set(HealthColour.AMBER, "why", ENGINEER, "Priya", TODAY.plusDays(31),
                TODAY)).isInstanceOf(DomainException.class).hasMessageContaining("at most 30 days");
        assertThatThrownBy(() -> HealthOverride.set(HealthColour.AMBER, " ", ENGINEER, "Priya", TODAY.plusDays(3),
                TODAY)).hasMessage("Reason is required");
        assertThatThrownBy(() -> HealthOverride.set(HealthColour.AMBER, "x", ENGINEER, "Priya", TODAY, TODAY))
                .hasMessage("The override must expire after today");
        assertThat(HealthOverride.set(HealthColour.AMBER, "x", ENGINEER, "Priya", TODAY.plusDays(30), TODAY).until())
                .isEqualTo(TODAY.plusDays(30));
    }
}
