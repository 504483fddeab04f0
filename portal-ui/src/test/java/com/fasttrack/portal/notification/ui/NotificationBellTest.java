package com.fasttrack.portal.notification.ui;

import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTest extends KaribuTest {

    @Autowired
    Notifications notifications;
    @Autowired
    MailPreferences preferences;

    private Notification notify(UserAccount user, Engagement engagement, NotificationKind kind, String text,
                                Duration ago) {
        Notification n = Notification.of(user.id(), engagement.id(), engagement.title(), kind, text,
                Visibility.SHARED, Instant.now().truncatedTo(ChronoUnit.MICROS).minus(ago), MailDelivery.NONE);
        notifications.add(List.of(n));
        return n;
    }

    /** The badge: hidden (and so not found by id) while nothing is unread. */
    private static Span count() {
        return _get(NotificationBell.class).count;
    }

    @Test
    void theBellCountsUnreadListsTheNewestAndOpensTheTabOfOneMarkingItRead() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Bell"),
                List.of(), "SAP");
        // a colleague on the same engagement: a notification of an engagement one cannot see is never counted
        UserAccount stranger = testData.user(Role.CUSTOMER, testData.organisationOf(customer));
        notify(stranger, engagement, NotificationKind.BLOCKER_RAISED, "not yours", Duration.ZERO);
        notify(customer, engagement, NotificationKind.CHECK_IN_RECORDED, "Check-in of last week", Duration.ofDays(2));
        notify(customer, engagement, NotificationKind.BLOCKER_RAISED, "Priya raised 'Quota'", Duration.ofMinutes(5));
        login(customer);
        navigate("");

        NotificationBell bell = _get(NotificationBell.class);
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("2");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        List<NotificationItem> items = _find(bell.list, NotificationItem.class);
        assertThat(items).extracting(item -> item.notification.text())
                .containsExactly("Priya raised 'Quota'", "Check-in of last week");
        assertThat(items.getFirst().getElement().getTextRecursively()).contains("New blocker")
                .contains(engagement.title()).contains("5 min ago");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("2 d ago");
        assertThat(items).allMatch(item -> item.hasClassName("ft-notification-unread"));

        _click(items.getFirst());
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("engagements/" + engagement.id());
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("tab"))
                .contains(BlockerTabs.BLOCKERS.slug());
        _get(EngagementView.class);
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Blockers");
        assertThat(count().getText()).isEqualTo("1");
        assertThat(notifications.unreadCount(stranger.id())).isEqualTo(1);
    }

    @Test
    void markAllReadClearsTheCountAndRefreshShowsWhatArrivedSince() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(
                com.fasttrack.portal.organisation.Region.CANADA), TestData.unique("All read"), List.of(engineer),
                "SAP");
        notify(engineer, engagement, NotificationKind.CHECK_IN_OVERDUE, "overdue", Duration.ofHours(3));
        notify(engineer, engagement, NotificationKind.PHASE_CHANGED, "moved", Duration.ofHours(1));
        login(engineer);
        navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(count().getText()).isEqualTo("2");

        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));
        assertThat(count().isVisible()).isFalse();
        assertThat(notifications.unreadCount(engineer.id())).isZero();
        assertThat(_find(bell.list, NotificationItem.class)).hasSize(2)
                .noneMatch(item -> item.hasClassName("ft-notification-unread"));

        notify(engineer, engagement, NotificationKind.BLOCKER_ESCALATED, "escalated", Duration.ZERO);
        bell.refresh();
        assertThat(count().getText()).isEqualTo("1");
        assertThat(_find(bell.list, NotificationItem.class).getFirst().notification.text()).isEqualTo("escalated");
    }

    @Test
    void aUserWithoutNotificationsSeesAnEmptyBell() {
        login(Role.PARTNER);
        navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(count().isVisible()).isFalse();
        // the page load reads the count only; the list is read when the user opens the bell
        assertThat(bell.list.getChildren()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        assertThat(bell.list.getElement().getTextRecursively()).contains("No notifications yet.");
        assertThat(_get(Button.class, spec -> spec.withId("notification-mark-all")).isEnabled()).isFalse();
    }

    @Test
    void thePreferencesPageKeepsTheUsersMailModeAndSaysWhenMailIsOff() {
        UserAccount user = login(Role.CUSTOMER);
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("notification-preferences-button")));
        NotificationPreferencesView view = _get(NotificationPreferencesView.class);
        assertThat(view.mode.getValue()).isEqualTo(MailMode.IMMEDIATELY);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-off-note")).getText())
                .contains("no mail server configured");

        fill(view.mode, MailMode.DAILY_DIGEST);
        _click(view.save);
        assertThat(preferences.modeOf(user.id())).isEqualTo(MailMode.DAILY_DIGEST);

        navigate("");
        navigate("profile/notifications");
        assertThat(_get(NotificationPreferencesView.class).mode.getValue()).isEqualTo(MailMode.DAILY_DIGEST);
        fill(_get(NotificationPreferencesView.class).mode, MailMode.OFF);
        _click(_get(NotificationPreferencesView.class).save);
        assertThat(preferences.modeOf(user.id())).isEqualTo(MailMode.OFF);
    }
}
