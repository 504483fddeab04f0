package com.fasttrack.portal.robustness;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.ui.Gone;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** An id gone stale while its dialog was open says so in words and is logged at INFO, never as an error. */
class GoneIsGoneTest extends KaribuTest {

    @Autowired
    Blockers blockers;
    @Autowired
    Engagements engagements;

    @Test
    void theWordsNameTheThingAndAreTheSameForDeletedAndForeign() {
        assertThat(Gone.message(new NotFoundException("Partner match")))
                .isEqualTo("This partner match no longer exists or you can no longer see it.");
        assertThat(Gone.message(new NotFoundException("Blocker")))
                .isEqualTo("This blocker no longer exists or you can no longer see it.");
    }

    @Test
    void anEngineerTakenOffTheEngagementWhileTheBlockerDialogIsOpenIsToldItIsGone() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Gone"), List.of(engineer), "SAP");
        Blocker blocker = blockers.save(Blocker.raise(engagement.id(), "Licences", "", Severity.MEDIUM, "Tom", null,
                null, Visibility.SHARED, engineer.id(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                LocalDate.now()));
        login(engineer);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(BlockerTabs.BLOCKERS);
        ((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(
                _get(com.fasttrack.portal.blocker.ui.BlockersPanel.class).grid, 0, "actions")).click();
        @SuppressWarnings("unchecked")
        Select<BlockerStatus> status = _get(Select.class, spec -> spec.withId("blocker-new-status"));
        status.setValue(BlockerStatus.IN_PROGRESS);

        Engagement current = engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
        current.assignEngineers(List.of());
        engagements.save(current);

        try (LogCapture logs = new LogCapture()) {
            try {
                _get(Button.class, spec -> spec.withId("save-blocker-status")).click();
            } catch (RuntimeException thrown) {
                // what Vaadin does with an exception from a click listener
                VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
            }
            assertThat(logs.takeErrors()).isEmpty();
        }
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> assertThat(
                n.getElement().getProperty("text")).matches("This (blocker|engagement) no longer exists or you can no "
                + "longer see it\\."));
        assertThat(blockers.find(blocker.id(), new EngagementScope.All()).orElseThrow().status()).isEqualTo(BlockerStatus.OPEN);
    }
}
