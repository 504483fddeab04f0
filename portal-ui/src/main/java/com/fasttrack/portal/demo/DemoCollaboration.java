package com.fasttrack.portal.demo;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerEscalated;
import com.fasttrack.portal.blocker.BlockerRaised;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInAcknowledged;
import com.fasttrack.portal.checkin.CheckInOverdue;
import com.fasttrack.portal.checkin.CheckInRecorded;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Check-ins, blockers and a little health history for the demo engagements, so that each home page tells its
 * story: the loyalty app and the data-centre exit green, the retail platform amber, the factory red. Each is told
 * as its service tells it (recorded, acknowledged, raised), and the factory's escalation and overdue check-in as the
 * daily reminders found them this morning, so the history and the bells hold what real use would have left.
 */
@Component
class DemoCollaboration {

    private final CheckIns checkIns;
    private final Blockers blockers;
    private final EngagementHealth health;
    private final DemoNotifications notifications;
    private final DemoHistory history;
    private final Clock clock;

    DemoCollaboration(CheckIns checkIns, Blockers blockers, EngagementHealth health, DemoNotifications notifications,
                      DemoHistory history, Clock clock) {
        this.history = history;
        this.notifications = notifications;
        this.checkIns = checkIns;
        this.blockers = blockers;
        this.health = health;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant daysAgo(long days) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS).minus(days, ChronoUnit.DAYS);
    }

    /** Retail: on track with the customer, but an ExpressRoute blocker keeps it amber. */
    void retail(Engagement engagement, UserId engineer, UserId customer) {
        checkIn(engagement, engineer, 10, CheckInKind.ARCHITECTURE_REVIEW, OnTrack.ON_TRACK,
                "Reviewed the landing zone and the SAP sizing; hub-and-spoke network agreed.",
                "Sponsor hinted the analytics budget may be cut in Q1.", customer);
        checkIn(engagement, engineer, 3, CheckInKind.STATUS, OnTrack.AT_RISK,
                "PoC environment ready except the private connection to the stores' data centre.",
                "Escalated the ExpressRoute order with the account team.", null);
        blocker(engagement, engineer, "ExpressRoute circuit not provisioned", Severity.HIGH, "Tom Baker", 6,
                today().plusDays(5), Visibility.SHARED);
        blocker(engagement, engineer, "Account team waiting on discount approval", Severity.MEDIUM, "Priya Raman", 4,
                null, Visibility.INTERNAL);
        healthWas(engagement, HealthColour.GREEN, 35, 100);
        healthWas(engagement, HealthColour.AMBER, 6, 85);
        notifications.retail(engagement);
    }

    /** Loyalty app: young and on schedule. */
    void loyalty(Engagement engagement, UserId engineer) {
        checkIn(engagement, engineer, 2, CheckInKind.STATUS, OnTrack.ON_TRACK,
                "Kick-off done; stakeholders and goals being written down this week.", "", null);
    }

    /** Factory: a critical quota blocker open for days and a missed check-in: red. */
    void factory(Engagement engagement, UserId engineer, UserId customer) {
        checkIn(engagement, engineer, 40, CheckInKind.POC_REVIEW, OnTrack.ON_TRACK,
                "Telemetry PoC live on two production lines; simulations ran 6x faster on HPC.",
                "Customer wants to scale to all 14 lines before the summer shutdown.", customer);
        checkIn(engagement, engineer, 20, CheckInKind.STATUS, OnTrack.AT_RISK,
                "Rollout to more lines waits for more VPN gateway capacity.", "", null);
        Blocker quota = blocker(engagement, engineer, "VPN gateway quota", Severity.CRITICAL, "Dana Whitfield", 5,
                null, Visibility.SHARED);
        Blocker firmware = blocker(engagement, engineer, "Sensor firmware update on line 7", Severity.LOW,
                "Raj Patel", 12, today().minusDays(2), Visibility.SHARED);
        healthWas(engagement, HealthColour.GREEN, 45, 100);
        healthWas(engagement, HealthColour.AMBER, 12, 70);
        healthWas(engagement, HealthColour.RED, 5, 30);
        remindedThisMorning(engagement, List.of(quota, firmware),
                today().minusDays(20).plus(engagement.cadence().period()));
    }

    /**
     * What the daily reminders found at 06:00 today: the critical blocker and the one past its due date escalated,
     * the next check-in overdue.
     */
    private void remindedThisMorning(Engagement engagement, List<Blocker> escalated, LocalDate checkInDue) {
        Instant at = today().atTime(6, 0).atZone(clock.getZone()).toInstant();
        at = at.isAfter(Instant.now(clock)) ? Instant.now(clock).truncatedTo(ChronoUnit.MICROS) : at;
        for (Blocker blocker : escalated) {
            history.happened(new BlockerEscalated(blocker, today(), Actor.PORTAL, at));
        }
        history.happened(new CheckInOverdue(engagement.id(), checkInDue, today(), Actor.PORTAL, at));
    }

    private void checkIn(Engagement engagement, UserId engineer, int daysAgo, CheckInKind kind, OnTrack onTrack,
                         String summary, String internal, UserId acknowledgedBy) {
        LocalDate date = today().minusDays(daysAgo);
        CheckIn checkIn = CheckIn.record(engagement.id(), date, kind, List.of(), summary, internal, onTrack,
                "", "", null, engagement.cadence(), engineer, daysAgo(daysAgo));
        CheckIn recorded = checkIn;
        if (acknowledgedBy != null) {
            checkIn = checkIn.acknowledge(acknowledgedBy, daysAgo(daysAgo - 1));
        }
        CheckIn saved = checkIns.save(checkIn);
        history.happened(new CheckInRecorded(recorded, history.actor(engineer), daysAgo(daysAgo)));
        if (acknowledgedBy != null) {
            history.happened(new CheckInAcknowledged(saved, history.actor(acknowledgedBy), daysAgo(daysAgo - 1)));
        }
    }

    private Blocker blocker(Engagement engagement, UserId by, String title, Severity severity, String owner,
                            int daysAgo, LocalDate due, Visibility visibility) {
        Blocker saved = blockers.save(Blocker.raise(engagement.id(), title, "", severity, owner, null, due,
                visibility, by, daysAgo(daysAgo), today().minusDays(daysAgo)));
        history.happened(new BlockerRaised(saved, history.actor(by), daysAgo(daysAgo)));
        return saved;
    }

    private void healthWas(Engagement engagement, HealthColour colour, int daysAgo, int score) {
        health.store(engagement.id(), new Health(colour, colour, score, List.of("as assessed then"), null),
                today().minusDays(daysAgo).plus(engagement.cadence().period()), daysAgo(daysAgo));
    }
}
