package com.fasttrack.portal.testing;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Enough data to tell one statement from N+1 (issue 14): 40 engagements over four customer organisations, each with
 * two workloads and two engineers, spread over phases and health, ten of them with an accepted partner, and
 * notifications for everyone. A view whose statements grow with its rows shows it here.
 */
public record ScaleFixture(String tag, UserAccount engineer, UserAccount customer, UserAccount partner,
                    List<Engagement> engagements) {

    public static final int ENGAGEMENTS = 40;

    public static ScaleFixture create(TestData testData, JdbcTemplate jdbc, Notifications notifications) {
        String tag = TestData.unique("Scale").replace(' ', '-');
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount colleague = testData.user(Role.ENGINEER);
        List<Organisation> customers = new ArrayList<>();
        for (Region region : List.of(Region.UNITED_KINGDOM, Region.UNITED_STATES, Region.CANADA, Region.WESTERN_EUROPE)) {
            customers.add(testData.customerOrganisation(region));
        }
        UserAccount customer = testData.user(Role.CUSTOMER, customers.getFirst());
        UserAccount partner = testData.user(Role.PARTNER);
        List<Engagement> engagements = new ArrayList<>();
        String[] phases = {"DISCOVERY", "SOLUTION_ENABLEMENT", "CONTINUOUS_PARTNERSHIP"};
        String[] health = {"RED", "AMBER", "GREEN"};
        for (int i = 0; i < ENGAGEMENTS; i++) {
            Engagement engagement = testData.engagement(customers.get(i % customers.size()),
                    tag + " engagement " + i, List.of(engineer, colleague), "SAP", "HPC");
            engagements.add(engagement);
            jdbc.update("update engagement set goal = ?, phase = ?, health_colour = ?, health_score = ?,"
                            + " next_check_in_due = current_date + ? where id = ?",
                    "Move the " + tag + " workload " + i + " to Azure", phases[i % 3], health[i % 3], i % 3 * 40,
                    i % 5 - 2, engagement.id().value());
            if (i % 4 == 0) {
                jdbc.update("insert into partner_match (id, version, engagement_id, note, requested_by, requested_at,"
                                + " state, partner_id) values (gen_random_uuid(), 0, ?, '', ?, now(), 'ACCEPTED', ?)",
                        engagement.id().value(), engineer.id().value(), partner.organisationId().value());
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Notification> sent = new ArrayList<>();
        for (UserAccount recipient : List.of(engineer, customer, partner)) {
            for (int i = 0; i < 30; i++) {
                // the engagements of the first customer, which the partner is on too: everyone may see them
                Engagement about = engagements.get(i % 10 * 4);
                sent.add(Notification.of(recipient.id(), about.id(), about.title(), NotificationKind.CHECK_IN_RECORDED,
                        "Check-in " + i, Visibility.SHARED, now.minusSeconds(60L * i), MailDelivery.NONE));
            }
        }
        notifications.add(sent);
        return new ScaleFixture(tag, engineer, customer, partner, engagements);
    }
}
