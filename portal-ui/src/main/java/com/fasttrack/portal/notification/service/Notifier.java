package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementMembers;
import com.fasttrack.portal.engagement.EngagementMembers.Member;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.notification.Party;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates notifications in the transaction of the change they tell of (a rolled-back change notifies nobody), for
 * {@link NotificationListener}, which writes the texts. {@link #recipients} alone decides who hears of what.
 */
@Component
@Transactional
@NotABoundary("creates notifications inside the writing service's transaction, for the recipients it decides")
public class Notifier {

    private static final EngagementScope SYSTEM = new EngagementScope.All();

    private final Engagements engagements;
    private final EngagementMembers members;
    private final Notifications notifications;
    private final MailPreferences preferences;
    private final MailSettings mail;
    private final LiveEvents live;

    Notifier(Engagements engagements, EngagementMembers members, Notifications notifications,
             MailPreferences preferences, MailSettings mail, LiveEvents live) {
        this.engagements = engagements;
        this.members = members;
        this.notifications = notifications;
        this.preferences = preferences;
        this.mail = mail;
        this.live = live;
    }

    /**
     * Who hears of a notification: the parties of its kind's audience (only the engineers for internal content),
     * plus the people on the engagement it is addressed to directly (a blocker's owner; internal content only if
     * provider staff), less those excluded and never the person who caused it. Program managers see every engagement
     * but are on none, so they hear only of what they are addressed. The one place that decides recipients.
     */
    public List<Recipient> recipients(EngagementId engagement, NotificationKind kind, Visibility visibility,
                                      Collection<UserId> direct, Collection<UserId> excluded, Actor actor) {
        Set<Party> audience = kind.audience(visibility);
        Map<UserId, Recipient> chosen = new LinkedHashMap<>();
        for (Member member : members.of(engagement)) {
            boolean addressed = direct.contains(member.id())
                    && (visibility == Visibility.SHARED || member.role().isProviderStaff());
            if (addressed || audience.contains(party(member.role()))) {
                chosen.put(member.id(), new Recipient(member.id(), member.role()));
            }
        }
        excluded.forEach(chosen::remove);
        if (actor.id() != null) {
            chosen.remove(actor.id());
        }
        return List.copyOf(chosen.values());
    }

    /** Someone a notification is for. */
    public record Recipient(UserId id, Role role) {
    }

    /** Creates the notification for each of its {@link #recipients}, with the mail delivery each prefers now. */
    void notify(EngagementId engagementId, NotificationKind kind, String text, Visibility visibility,
                Collection<UserId> direct, Collection<UserId> excluded, Actor actor, Instant at) {
        List<Recipient> recipients = recipients(engagementId, kind, visibility, direct, excluded, actor);
        if (recipients.isEmpty()) {
            return;
        }
        Engagement engagement = engagements.find(engagementId, SYSTEM).orElseThrow();
        Map<UserId, MailMode> modes = mail.enabled()
                ? preferences.modesOf(recipients.stream().map(Recipient::id).toList()) : Map.of();
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        List<Notification> created = new ArrayList<>();
        for (Recipient recipient : recipients) {
            MailDelivery delivery = mail.enabled() ? modes.getOrDefault(recipient.id(), MailMode.DEFAULT).delivery()
                    : MailDelivery.NONE;
            created.add(Notification.of(recipient.id(), engagementId, engagement.title(), kind, text, visibility,
                    now, delivery));
        }
        notifications.add(created);
        // each recipient's bell counts again, on whichever instance it is open, once this transaction commits
        recipients.forEach(recipient -> live.publish(new NotificationsChanged(recipient.id())));
    }

    private static Party party(Role role) {
        return switch (role) {
            case CUSTOMER -> Party.CUSTOMER;
            case PARTNER -> Party.PARTNER;
            case ENGINEER, PROGRAM_MANAGER -> Party.ENGINEERS;
        };
    }
}
