package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerEscalated;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.checkin.CheckInOverdue;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.shared.service.DailyJob;
import com.fasttrack.portal.shared.service.DailyJobs;
import com.fasttrack.portal.shared.service.JobRun;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Once a day, on exactly one instance ({@link DailyJobs}), reminds the people on each active engagement
 * of what time alone made urgent: an overdue check-in (its engineers) and each escalated blocker (its engineers and
 * owner, and the customer when the blocker is shared). Overdue is the health rule's: the next check-in was due before
 * today (in the portal's zone). Each engagement is reminded in its own transaction: a failure rolls back its reminders
 * only, and the others are still reminded. It publishes what it found (a check-in overdue, a blocker escalated);
 * {@link NotificationListener} tells the people.
 */
@Component
@NotABoundary("a scheduled job: acts for no user, and opens one transaction per engagement itself")
public class ReminderJob implements DailyJob {

    static final String JOB = "daily-reminders";
    private static final EngagementScope SYSTEM = new EngagementScope.All();

    private final DailyJobs dailyJobs;
    private final EngagementHealth health;
    private final Engagements engagements;
    private final CheckIns checkIns;
    private final Blockers blockers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderJob(DailyJobs dailyJobs, EngagementHealth health, Engagements engagements, CheckIns checkIns,
                Blockers blockers, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.dailyJobs = dailyJobs;
        this.health = health;
        this.engagements = engagements;
        this.checkIns = checkIns;
        this.blockers = blockers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.notification.reminder-cron:0 15 0 * * *}", zone = "${portal.time-zone:UTC}")
    public void daily() {
        dailyJobs.runToday(this);
    }

    /** Returns how many reminders were issued; 0 when another instance already ran the day's job. */
    public int runFor(LocalDate day) {
        return dailyJobs.run(this, day);
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public int run(JobRun run) {
        LocalDate today = dailyJobs.today();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return run.each(health.running(), id -> id, id -> {
            Integer issued = transactions.execute(status -> remind(id, today, now));
            return issued == null ? 0 : issued;
        });
    }

    private int remind(EngagementId id, LocalDate today, Instant now) {
        Engagement engagement = engagements.find(id, SYSTEM).orElse(null);
        if (engagement == null || engagement.status() != EngagementStatus.ACTIVE) {
            return 0;
        }
        int issued = 0;
        LocalDate due = checkIns.nextDue(engagement, clock.getZone());
        if (today.isAfter(due)) {
            events.publishEvent(new CheckInOverdue(id, due, today, Actor.PORTAL, now));
            issued++;
        }
        for (Blocker blocker : blockers.openOf(id)) {
            if (blocker.isEscalated(now, today)) {
                events.publishEvent(new BlockerEscalated(blocker, today, Actor.PORTAL, now));
                issued++;
            }
        }
        return issued;
    }
}
