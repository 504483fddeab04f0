package com.fasttrack.portal.notification.ui;

import com.fasttrack.portal.notification.Notification;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/** One notification in the bell's list: what, on which engagement, how long ago; unread ones stand out. */
final class NotificationItem extends Div {

    final Notification notification;

    NotificationItem(Notification notification, Instant now, ZoneId zone, Consumer<Notification> onOpen) {
        this.notification = notification;
        addClassName("ft-notification");
        if (notification.unread()) {
            addClassName("ft-notification-unread");
        }
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        Span kind = new Span(notification.kind().label());
        kind.addClassName("ft-notification-kind");
        Span when = new Span(TimeAgo.of(notification.createdAt(), now, zone));
        when.addClassName("ft-notification-when");
        Div head = new Div(kind, when);
        head.addClassName("ft-notification-head");
        Div text = new Div(notification.text());
        text.addClassName("ft-notification-text");
        Div engagement = new Div(notification.engagementTitle());
        engagement.addClassName("ft-notification-engagement");
        add(head, text, engagement);
        if (notification.unread()) {
            Span unread = new Span("Unread");
            unread.addClassName("ft-visually-hidden");
            add(unread);
        }
        addClickListener(click -> onOpen.accept(notification));
        Shortcuts.addShortcutListener(this, () -> onOpen.accept(notification), Key.ENTER).listenOn(this);
    }
}
