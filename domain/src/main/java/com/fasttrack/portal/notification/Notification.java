package com.fasttrack.portal.notification;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Require;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing one person should know about an engagement, linking to the tab that shows it. Personal: only its
 * recipient ever reads it. Its text is written for that recipient and holds nothing it may not see.
 */
public record Notification(NotificationId id, UserId recipient, EngagementId engagementId, String engagementTitle,
                           NotificationKind kind, String text, Visibility visibility, Instant createdAt,
                           @Nullable Instant readAt, MailDelivery mail) {

    public static final int TEXT_MAX = 1000;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(engagementId, "engagementId");
        engagementTitle = engagementTitle == null ? "" : engagementTitle;
        Objects.requireNonNull(kind, "kind");
        text = clip(text);
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(mail, "mail");
    }

    /** A new, unread notification. */
    public static Notification of(UserId recipient, EngagementId engagement, String engagementTitle,
                                  NotificationKind kind, String text, Visibility visibility, Instant at,
                                  MailDelivery mail) {
        return new Notification(NotificationId.random(), recipient, engagement, engagementTitle, kind, text,
                visibility, at, null, mail);
    }

    public boolean unread() {
        return readAt == null;
    }

    /** The engagement page's tab to open. */
    public TabKey tab() {
        return kind.tab();
    }

    private static String clip(String text) {
        return Require.clip(text, TEXT_MAX);
    }
}
