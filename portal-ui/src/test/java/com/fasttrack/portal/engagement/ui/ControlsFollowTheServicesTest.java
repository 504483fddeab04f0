package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.blocker.ui.BlockersPanel;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthTabs;
import com.fasttrack.portal.health.service.HealthService;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each role, the engagement page shows a capability's control exactly when the service accepts the change: both
 * ask the one capability policy.
 */
class ControlsFollowTheServicesTest extends KaribuTest {

    @Autowired
    EngagementService engagementService;
    @Autowired
    CheckInService checkIns;
    @Autowired
    HealthService health;
    @Autowired
    BlockerService blockerService;
    @Autowired
    Blockers blockers;
    @Autowired
    Engagements engagements;

    /** One control of the page and the change it stands for. */
    private enum Control {
        EDIT_DETAILS(EngagementTabs.OVERVIEW), EDIT_GOAL(EngagementTabs.OVERVIEW), CANCEL(EngagementTabs.OVERVIEW),
        RECORD_CHECK_INS(CheckInTabs.CHECK_INS), OVERRIDE_HEALTH(HealthTabs.HEALTH),
        CHANGE_BLOCKERS(BlockerTabs.BLOCKERS);

        final TabKey tab;

        Control(TabKey tab) {
            this.tab = tab;
        }
    }

    @ParameterizedTest
    @EnumSource(Control.class)
    void theControlShowsExactlyWhenTheServiceAccepts(Control control) {
        for (Role role : List.of(Role.PROGRAM_MANAGER, Role.ENGINEER, Role.CUSTOMER)) {
            UserAccount engineer = testData.user(Role.ENGINEER);
            UserAccount customer = testData.user(Role.CUSTOMER);
            Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Can"),
                    List.of(engineer), "SAP");
            Blocker blocker = blockers.save(Blocker.raise(engagement.id(), "Quota", "", Severity.HIGH, "Priya", null,
                    null, Visibility.SHARED, engineer.id(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                    LocalDate.now()));
            UserAccount user = switch (role) {
                case ENGINEER -> engineer;
                case CUSTOMER -> customer;
                default -> testData.user(role);
            };
            login(user);
            UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
            _get(EngagementView.class).selectTab(control.tab);

            boolean shown = shown(control).getAsBoolean();
            long version = engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow().version();
            assertThat(shown).as(control + " shown to " + role)
                    .isEqualTo(accepted(() -> change(control, engagement, version, blocker)));
        }
    }

    private BooleanSupplier shown(Control control) {
        return switch (control) {
            case EDIT_DETAILS -> () -> button("edit-engagement");
            case EDIT_GOAL -> () -> button("edit-goal");
            case CANCEL -> () -> !_find(Button.class, spec -> spec.withText("Cancel engagement")).isEmpty();
            case RECORD_CHECK_INS -> () -> button("record-checkin");
            case OVERRIDE_HEALTH -> () -> button("override-health");
            case CHANGE_BLOCKERS -> () -> _get(BlockersPanel.class).grid.getColumnByKey("actions") != null;
        };
    }

    private void change(Control control, Engagement engagement, long version, Blocker blocker) {
        switch (control) {
            case EDIT_DETAILS -> engagementService.writeAssessment(engagement.id(), version, "Assessed");
            case EDIT_GOAL -> engagementService.describeGoal(engagement.id(), version, "Close the data centre");
            case CANCEL -> engagementService.cancel(engagement.id(), version);
            case RECORD_CHECK_INS -> checkIns.changeCadence(engagement.id(), version, 14);
            case OVERRIDE_HEALTH -> health.override(engagement.id(), HealthColour.AMBER, "Watch it",
                    LocalDate.now().plusDays(7));
            case CHANGE_BLOCKERS -> blockerService.changeStatus(blocker.id(), blocker.version(),
                    BlockerStatus.IN_PROGRESS, null);
        }
    }

    private static boolean button(String id) {
        return !_find(Button.class, spec -> spec.withId(id)).isEmpty();
    }

    private static boolean accepted(Runnable change) {
        try {
            change.run();
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }
}
