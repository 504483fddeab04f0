package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.ui.BlockersPanel;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.PresenceSignal;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.UserThreads;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live updates on the engagement page: changes made by someone else (here: on another thread, as from another
 * browser) reach the open page through PostgreSQL LISTEN/NOTIFY and Vaadin push without a reload.
 */
class LiveEngagementTest extends KaribuTest {

    @Autowired
    BlockerService blockers;
    @Autowired
    EngagementService engagements;
    @Autowired
    LiveEvents events;
    @Autowired
    UserThreads users;
    @Autowired
    com.fasttrack.portal.live.service.Presence presence;

    @Test
    void aBlockerRaisedByTheEngineerAppearsOnTheCustomersOpenPage() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = engagementOf(customer, engineer);
        login(customer);
        open(engagement, BlockerTabs.BLOCKERS);
        Grid<Blocker> grid = blockerGrid();
        assertThat(_findAll(grid)).isEmpty();

        String title = TestData.unique("Firewall rule missing");
        users.run(engineer, () -> blockers.raise(engagement.id(), new BlockerDraft(title, "", Severity.HIGH,
                "Network team", null, Visibility.SHARED)));

        eventually(() -> _findAll(blockerGrid()).stream().anyMatch(b -> b.title().equals(title)));
        assertThat(_get(EngagementView.class).tabs.getSelectedTab().getLabel()).isEqualTo("Blockers");
        assertThat(_get(Span.class, spec -> spec.withId("engagement-health")).getTitle().orElse(""))
                .contains("blocker");
    }

    @Test
    void theEngineersBellCountsTheCustomersNewBlockerWithoutAReload() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = engagementOf(customer, engineer);
        login(engineer);
        open(engagement, EngagementTabs.OVERVIEW);
        String before = bellCount();

        users.run(customer, () -> blockers.raise(engagement.id(), new BlockerDraft(TestData.unique("Licences"), "",
                Severity.MEDIUM, "Procurement", null, Visibility.SHARED)));

        eventually(() -> !bellCount().equals(before));
        assertThat(bellCount()).isEqualTo(String.valueOf(before.isEmpty() ? 1 : Integer.parseInt(before) + 1));
    }

    private static String bellCount() {
        return _find(Span.class, spec -> spec.withId("notification-count")).stream().findFirst()
                .map(Span::getText).orElse("");
    }

    @Test
    void anInternalBlockerNeverReachesTheCustomersPageButTheNextSharedChangeDoes() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = engagementOf(customer, engineer);
        login(customer);
        open(engagement, BlockerTabs.BLOCKERS);
        String internal = TestData.unique("Internal staffing gap");
        String shared = TestData.unique("Shared licence question");
        users.run(engineer, () -> {
            blockers.raise(engagement.id(), new BlockerDraft(internal, "", Severity.LOW, "Engineer", null,
                    Visibility.INTERNAL));
            blockers.raise(engagement.id(), new BlockerDraft(shared, "", Severity.LOW, "Engineer", null,
                    Visibility.SHARED));
        });
        eventually(() -> _findAll(blockerGrid()).stream().anyMatch(b -> b.title().equals(shared)));
        assertThat(_findAll(blockerGrid())).extracting(Blocker::title).doesNotContain(internal);
    }

    @Test
    void unsavedInputIsKeptWithABannerWhileTheRestOfThePageShowsTheChange() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount other = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Live"), List.of(engineer, other), "SAP");
        login(engineer);
        open(engagement, EngagementTabs.STAKEHOLDERS);
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        fill(name, "Dana Sponsor");
        assertThat(visible("record-changed-banner")).isFalse();

        users.run(other, () -> engagements.describeGoal(engagement.id(), engagement.version(), "Move 40 apps by May"));

        eventually(() -> visible("record-changed-banner"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Dana Sponsor");
        assertThat(_get(Component.class, spec -> spec.withId("record-changed-banner")).getElement()
                .getTextRecursively()).contains(other.displayName() + " changed this engagement");
        _get(EngagementView.class).selectTab(EngagementTabs.OVERVIEW);
        assertThat(_get(Paragraph.class, spec -> spec.withId("engagement-goal")).getText())
                .isEqualTo("Move 40 apps by May");
        _get(EngagementView.class).selectTab(EngagementTabs.STAKEHOLDERS);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Dana Sponsor");

        _get(Button.class, spec -> spec.withId("record-changed-refresh")).click();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEmpty();
        assertThat(visible("record-changed-banner")).isFalse();
    }

    @Test
    void anOpenEditFormGetsABannerAndKeepsWhatWasTyped() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount other = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Live"), List.of(engineer, other), "SAP");
        login(engineer);
        open(engagement, EngagementTabs.OVERVIEW);
        _get(Button.class, spec -> spec.withId("edit-engagement")).click();
        TextField title = _get(TextField.class, spec -> spec.withLabel("Title"));
        fill(title, "My new title");

        users.run(other, () -> engagements.describeGoal(engagement.id(), engagement.version(), "Their goal"));

        eventually(() -> visible("changed-banner"));
        assertThat(_get(Component.class, spec -> spec.withId("changed-banner")).getElement().getTextRecursively())
                .contains("changed by " + other.displayName());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("My new title");
    }

    @Test
    void thePageShowsWhoElseIsViewingItOnAnyInstance() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = engagementOf(customer, engineer);
        login(customer);
        open(engagement, EngagementTabs.OVERVIEW);
        assertThat(visible("engagement-viewers")).isFalse();

        // a page on another instance announces itself, as that instance's Presence would
        String viewer = "other-instance/" + TestData.unique("page");
        events.publish(new PresenceSignal(engagement.id(), viewer, engineer.id(), engineer.displayName(),
                PresenceSignal.Kind.JOINED));
        eventually(() -> textOf("engagement-viewers").equals("Also viewing: " + engineer.displayName()));

        events.publish(new PresenceSignal(engagement.id(), viewer, engineer.id(), engineer.displayName(),
                PresenceSignal.Kind.LEFT));
        eventually(() -> !visible("engagement-viewers"));
    }

    @Test
    void aViewerOnThisInstanceWhosePageClosedDropsOutAtOnce() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = engagementOf(customer, engineer);
        login(customer);
        open(engagement, EngagementTabs.OVERVIEW);

        // the engineer's page on this instance: opened, then closed (its UI detached: beacon or heartbeat sweep)
        String page = presence.enter(engagement.id(), engineer.id(), engineer.displayName());
        eventually(() -> visible("engagement-viewers")
                && textOf("engagement-viewers").equals("Also viewing: " + engineer.displayName()));
        presence.leave(page);
        eventually(() -> !visible("engagement-viewers"));
    }

    private Engagement engagementOf(UserAccount customer, UserAccount engineer) {
        return testData.engagement(testData.organisationOf(customer), TestData.unique("Live"), List.of(engineer),
                "SAP");
    }

    private void open(Engagement engagement, TabKey tab) {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(tab);
    }

    private static Grid<Blocker> blockerGrid() {
        return _get(BlockersPanel.class).grid;
    }

    /** Karibu finds visible components only. */
    private static boolean visible(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static String textOf(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** Waits for pushed changes: the background access tasks run when the test thread does a roundtrip. */
    private static void eventually(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return condition.call();
        });
    }
}
