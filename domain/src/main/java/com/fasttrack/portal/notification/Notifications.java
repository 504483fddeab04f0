package com.fasttrack.portal.notification;

import com.fasttrack.portal.security.UserId;

import java.time.Instant;
import java.util.List;

/**
 * The port to notifications. Every read and change names the recipient and is scoped to it in SQL: someone else's
 * notification is not found, exactly like a missing one.
 */
public interface Notifications {

    void add(List<Notification> notifications);

    /** The recipient's newest notifications, newest first. */
    List<Notification> latest(UserId recipient, int limit);

    long unreadCount(UserId recipient);

    /** Marks the recipient's notification read; false when the recipient has no such notification. */
    boolean markRead(NotificationId id, UserId recipient, Instant at);

    /** Marks all the recipient's unread notifications read; returns how many. */
    int markAllRead(UserId recipient, Instant at);
}
