package com.fasttrack.portal.health.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthServiceTest extends KaribuTest {

    @Autowired
    HealthService health;
    @Autowired
    BlockerService blockers;
    @Autowired
    HealthJob job;

    @Test
    void healthIsStoredAndRecomputedOnEveryBlockerChangeWithItsHistory() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Health"), List.of(engineer), "SAP");
        login(engineer);
        health.clearOverride(engagement.id());
        assertThat(health.current(engagement.id()).colour()).isEqualTo(HealthColour.GREEN);

        Blocker critical = blockers.raise(engagement.id(), new BlockerDraft("VPN quota", "", Severity.CRITICAL,
                "Tom", null, Visibility.SHARED));
        Health red = health.current(engagement.id());
        assertThat(red.colour()).isEqualTo(HealthColour.RED);
        assertThat(red.reasons()).containsExactly("critical blocker 'VPN quota' open 1 day");

        blockers.changeStatus(critical.id(), critical.version(), BlockerStatus.RESOLVED, "Quota raised");
        assertThat(health.current(engagement.id()).colour()).isEqualTo(HealthColour.GREEN);
        assertThat(health.history(engagement.id())).extracting(p -> p.colour())
                .containsExactly(HealthColour.GREEN, HealthColour.RED, HealthColour.GREEN);
    }

    @Test
    void anAssignedEngineerOverridesWithAReasonForAtMostThirtyDays() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Override"), List.of(engineer), "SAP");
        login(engineer);
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> health.override(engagement.id(), HealthColour.AMBER, "why", today.plusDays(31)))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 30 days");

        Health overridden = health.override(engagement.id(), HealthColour.AMBER, "Budget review pending",
                today.plusDays(10));
        assertThat(overridden.colour()).isEqualTo(HealthColour.AMBER);
        assertThat(overridden.computed()).isEqualTo(HealthColour.GREEN);
        assertThat(overridden.override().byName()).isEqualTo(engineer.displayName());
        assertThat(overridden.override().until()).isEqualTo(today.plusDays(10));
        assertThat(health.current(engagement.id()).overridden()).isTrue();
    }

    @Test
    void customersAndUnassignedEngineersCannotOverride() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Mine"),
                List.of(), "SAP");
        login(customer);
        assertThatThrownBy(() -> health.override(engagement.id(), HealthColour.GREEN, "all fine",
                LocalDate.now().plusDays(3))).isInstanceOf(AccessDeniedException.class);
        login(Role.PROGRAM_MANAGER);
        Engagement other = testData.engagement(testData.customerOrganisation(Region.JAPAN), TestData.unique("x"),
                List.of(), "SAP");
        UserAccount stranger = testData.user(Role.ENGINEER);
        login(stranger);
        assertThatThrownBy(() -> health.override(other.id(), HealthColour.GREEN, "fine", LocalDate.now().plusDays(3)))
                .isInstanceOf(com.fasttrack.portal.shared.NotFoundException.class);
    }

    @Test
    void theDailyJobRunsOnceADayWhateverTheNumberOfInstances() {
        LocalDate day = LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 1, 1);
        int first = job.runFor(day);
        int second = job.runFor(day);
        assertThat(first).isPositive();
        assertThat(second).isZero();
    }
}
