package com.fasttrack.portal.notification.jdbc;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.notification.OutboxBacklog;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class JdbcOutboxBacklogTest {

    @Autowired
    OutboxBacklog.Reader outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    PersistenceFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsWhatWaitsAndWhatWasGivenUpAndKnowsTheOldestImmediateMail() {
        String tag = PersistenceFixtures.tag();
        Organisation customer = fixtures.customer("Outbox " + tag, Region.UNITED_KINGDOM);
        UserAccount engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        Engagement engagement = fixtures.engagement(customer, "Outbox " + tag, PartnershipOption.FASTTRACK,
                Set.of(engineer), "SAP");
        // older than anything other tests of this JVM create, so it is the oldest immediate mail waiting
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        OutboxBacklog before = outbox.read();

        notifications.add(List.of(
                note(engagement, engineer, longAgo, MailDelivery.IMMEDIATE),
                note(engagement, engineer, Instant.parse("2001-01-02T00:00:00Z"), MailDelivery.DIGEST),
                note(engagement, engineer, Instant.parse("2000-12-31T00:00:00Z"), MailDelivery.FAILED),
                note(engagement, engineer, Instant.parse("2000-12-30T00:00:00Z"), MailDelivery.NONE)));

        try {
            OutboxBacklog after = outbox.read();
            assertThat(after.pending() - before.pending()).isEqualTo(2);
            assertThat(after.failed() - before.failed()).isEqualTo(1);
            assertThat(after.oldestImmediate()).contains(longAgo);
        } finally {
            // the outbox tests that share this database claim the oldest mail first: leave them none of these
            jdbc.update("update notification set mail = 'NONE' where engagement_id = ?", engagement.id().value());
        }
    }

    private static Notification note(Engagement engagement, UserAccount to, Instant at, MailDelivery mail) {
        return Notification.of(to.id(), engagement.id(), engagement.title(), NotificationKind.BLOCKER_RAISED,
                "Outbox", Visibility.INTERNAL, at, mail);
    }
}
