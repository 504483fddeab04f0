package com.fasttrack.portal.operations;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.live.service.Presence;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser tab that went away without a beacon gives its UI back when its heartbeats stop: the sweep closes and
 * removes the UI, its page detaches, and its viewer leaves "Also viewing" at once. (The unload beacon's path and the
 * real heartbeats are proven in a browser by e2e's {@code UiLifetimeJourneyIT}.)
 */
class OpenUisTest extends KaribuTest {

    @Autowired
    OpenUis openUis;
    @Autowired
    Presence presence;

    @Test
    void aUiThatMissedItsHeartbeatsIsClosedAndItsViewerLeaves() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Gone"),
                List.of(engineer), "SAP");
        login(engineer);
        navigate("engagements/" + engagement.id().value());
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        assertThat(presence.viewers(engagement.id())).extracting(Presence.Viewer::user).contains(engineer.id());
        int open = openUis.count();

        openUis.closeInactive();
        assertThat(session.getUIs()).as("a UI with recent heartbeats stays").contains(ui);

        // the browser vanished: no heartbeat for longer than the heartbeat timeout (3.1 intervals)
        long timeout = Math.round(VaadinService.getCurrent().getDeploymentConfiguration().getHeartbeatInterval()
                * 3.1 * 1000);
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - timeout - 1000);
        assertThat(openUis.tracks(ui)).as("the UI is counted").isTrue();
        openUis.closeInactive();
        // the sweep hands the closing to the session's lock, which this test thread holds (as Karibu does)
        session.getService().runPendingAccessTasks(session);

        assertThat(session.getUIs()).doesNotContain(ui);
        assertThat(ui.isClosing()).isTrue();
        assertThat(openUis.count()).isEqualTo(open - 1);
        assertThat(presence.viewers(engagement.id())).extracting(Presence.Viewer::user)
                .doesNotContain(engineer.id());
    }

    /** The portal's own settings: no heartbeat for 3.1 intervals, found by the next sweep, is under a minute. */
    @Test
    void aVanishedBrowsersUiIsClosedWithinAMinute() throws Exception {
        Properties portal = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        Duration heartbeat = Duration.ofSeconds(Long.parseLong(portal.getProperty("vaadin.heartbeatInterval")));
        Duration sweep = Duration.ofMillis(Long.parseLong(portal.getProperty("portal.ui.sweep-ms")));

        assertThat(heartbeat.multipliedBy(31).dividedBy(10).plus(sweep)).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }
}
