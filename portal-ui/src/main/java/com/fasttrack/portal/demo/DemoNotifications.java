package com.fasttrack.portal.demo;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.Visibility;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one notification of the demo's story the notifier cannot write itself: the portal's own listeners write the
 * others from the demo's events ({@link DemoHistory}), but the partner engaged on the retail platform 17 days ago is
 * made after that engagement's blockers (the partners are seeded last), so it would miss the blocker raised 6 days
 * ago that it did hear of. Created with the engagement (so only once) and never mailed (it tells of the past).
 */
@Component
class DemoNotifications {

    private final Notifications notifications;
    private final UserAccounts users;
    private final Clock clock;

    DemoNotifications(Notifications notifications, UserAccounts users, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    void retail(Engagement engagement) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(6));
        users.findByEmail(new EmailAddress("sam.okafor@northwind.example")).ifPresent(partner ->
                notifications.add(List.of(Notification.of(partner.id(), engagement.id(), engagement.title(),
                        NotificationKind.BLOCKER_RAISED, "Priya Raman raised a high blocker: 'ExpressRoute circuit "
                                + "not provisioned', owner Tom Baker", Visibility.SHARED, at, MailDelivery.NONE))));
    }
}
