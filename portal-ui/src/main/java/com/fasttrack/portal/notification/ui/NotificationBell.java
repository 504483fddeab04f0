package com.fasttrack.portal.notification.ui;

import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.service.NotificationService;
import com.fasttrack.portal.shared.NotFoundException;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.QueryParameters;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The bell in the navigation bar: the number of unread notifications, and on click the newest ones. Opening one
 * marks it read and goes to the engagement tab it is about. {@link #refresh()} re-reads the count, and the list once
 * the user has opened it, for whoever knows that the user's notifications changed. A page load reads the count only
 * (decision 025).
 */
public class NotificationBell extends Composite<Div> {

    final Button button = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    final Div list = new Div();
    final Button markAllRead = new Button("Mark all read");

    private final NotificationService notifications;
    private final Clock clock;
    private boolean listed;

    public NotificationBell(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        button.setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notification-count");
        count.addClassName("ft-notification-count");
        button.setSuffixComponent(count);
        // the popover opens in the browser; the click brings its list up to date
        button.addClickListener(click -> showList());

        markAllRead.setId("notification-mark-all");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            showList();
        });
        H3 title = new H3("Notifications");
        Div header = new Div(title, markAllRead);
        header.addClassName("ft-notifications-header");
        list.setId("notification-list");
        list.addClassName("ft-notification-list");
        Button settings = new Button("E-mail settings", VaadinIcon.ENVELOPE_O.create(), click -> {
            popover.close();
            click.getSource().getUI().ifPresent(ui -> ui.navigate(NotificationPreferencesView.class));
        });
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        popover.add(header, list, settings);
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("ft-notifications-popover");
        popover.setAriaLabel("Notifications");
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showList();
            }
        });
        getContent().add(button);
        getContent().addClassName("ft-notification-bell");
        refresh();
    }

    /** Re-reads the unread count, and the list of the newest notifications if the user has opened it. */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
        button.setTooltipText(unread == 0 ? "No unread notifications" : unread + " unread notifications");
        markAllRead.setEnabled(unread > 0);
        if (listed) {
            list();
        }
    }

    /** The user opens the bell: the list is read from now on. */
    private void showList() {
        listed = true;
        refresh();
    }

    private void list() {
        List<Notification> latest = notifications.latest();
        Instant now = Instant.now(clock);
        list.removeAll();
        if (latest.isEmpty()) {
            Div empty = new Div("No notifications yet.");
            empty.addClassName("ft-notification-empty");
            list.add(empty);
        }
        latest.forEach(n -> list.add(new NotificationItem(n, now, clock.getZone(), this::open)));
    }

    private void open(Notification notification) {
        try {
            notifications.markRead(notification.id());
        } catch (NotFoundException gone) {
            refresh();
            return;
        }
        popover.close();
        refresh();
        getUI().ifPresent(ui -> ui.navigate(EngagementView.class, EngagementView.parameters(
                notification.engagementId()), QueryParameters.of("tab", notification.tab().slug())));
    }
}
