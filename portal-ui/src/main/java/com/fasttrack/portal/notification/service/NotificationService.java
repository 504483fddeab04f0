package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationId;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** The signed-in user's own notifications (the bell) and e-mail preference; nobody reaches anyone else's. */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class NotificationService {

    /** The bell lists this many of the newest. */
    public static final int LATEST = 20;

    private final Notifications notifications;
    private final MailPreferences preferences;
    private final MailSettings mail;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final LiveEvents live;

    NotificationService(Notifications notifications, MailPreferences preferences, MailSettings mail,
                        CurrentUser currentUser, LiveEvents live, Clock clock) {
        this.live = live;
        this.notifications = notifications;
        this.preferences = preferences;
        this.mail = mail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notification> latest() {
        return notifications.latest(me(), LATEST);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.unreadCount(me());
    }

    /** Marks one of my notifications read; someone else's id is "not found", like a missing one. */
    public void markRead(NotificationId id) {
        if (!notifications.markRead(id, me(), now())) {
            throw new NotFoundException("Notification");
        }
        live.publish(new NotificationsChanged(me()));
    }

    /** Marks all mine read; the user's other open pages (any instance) count again. */
    public int markAllRead() {
        int read = notifications.markAllRead(me(), now());
        live.publish(new NotificationsChanged(me()));
        return read;
    }

    @Transactional(readOnly = true)
    public MailMode mailMode() {
        return preferences.modeOf(me());
    }

    /** Applies to notifications created from now on. */
    public void changeMailMode(MailMode mode) {
        preferences.set(me(), Objects.requireNonNull(mode, "mode"), now());
    }

    /** Whether this portal sends e-mail at all (SMTP configured). */
    @Transactional(readOnly = true)
    public boolean mailEnabled() {
        return mail.enabled();
    }

    private UserId me() {
        return currentUser.require().id();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
