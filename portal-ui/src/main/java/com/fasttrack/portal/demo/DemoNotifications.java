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
 * A few notifications as the demo's story would have left them, so the bell is not empty: created with the
 * engagement (so only once) and never mailed (they tell of the past).
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
        add("zoe.angstrom@contoso.example", engagement, NotificationKind.BLOCKER_RAISED, "Priya Raman raised a high "
                + "blocker: 'ExpressRoute circuit not provisioned', owner Tom Baker", Duration.ofDays(6), true);
        add("zoe.angstrom@contoso.example", engagement, NotificationKind.CHECK_IN_RECORDED, "Priya Raman recorded "
                + "the check-in of " + today(3) + " (At risk): PoC environment ready except the private connection "
                + "to the stores' data centre.", Duration.ofDays(3), false);
        add("sam.okafor@northwind.example", engagement, NotificationKind.BLOCKER_RAISED, "Priya Raman raised a high "
                + "blocker: 'ExpressRoute circuit not provisioned', owner Tom Baker", Duration.ofDays(6), false);
        add("priya.raman@fasttrack.example", engagement, NotificationKind.MATCH_ACCEPTED,
                "Zoë Ångström accepted Northwind Cloud Partners", Duration.ofDays(20), false);
    }

    void factory(Engagement engagement) {
        add("dana.whitfield@fabrikam.example", engagement, NotificationKind.BLOCKER_ESCALATED, "Blocker 'VPN gateway "
                + "quota' is escalated: critical and open for 5 days (owner Dana Whitfield)", Duration.ofHours(9),
                false);
        add("lars.oberg@fasttrack.example", engagement, NotificationKind.BLOCKER_ESCALATED, "Blocker 'VPN gateway "
                + "quota' is escalated: critical and open for 5 days (owner Dana Whitfield)", Duration.ofHours(9),
                false);
        add("lars.oberg@fasttrack.example", engagement, NotificationKind.CHECK_IN_OVERDUE, "The check-in due on "
                + today(6) + " is overdue by 6 days", Duration.ofHours(9), false);
    }

    private String today(int daysAgo) {
        return java.time.LocalDate.now(clock).minusDays(daysAgo).toString();
    }

    private void add(String email, Engagement engagement, NotificationKind kind, String text, Duration ago,
                     boolean read) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS).minus(ago);
        users.findByEmail(new EmailAddress(email)).ifPresent(user -> {
            Notification notification = Notification.of(user.id(), engagement.id(), engagement.title(), kind, text,
                    Visibility.SHARED, at, MailDelivery.NONE);
            notifications.add(List.of(notification));
            if (read) {
                notifications.markRead(notification.id(), user.id(), at.plus(Duration.ofHours(1)));
            }
        });
    }
}
