package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.service.HealthAssessor;
import com.fasttrack.portal.operations.JobMetrics;
import com.fasttrack.portal.shared.JobRuns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Once a day, on exactly one instance (claimed through {@link JobRuns}), reminds the people on each active engagement
 * of what time alone made urgent: an overdue check-in (its engineers) and each escalated blocker (its engineers and
 * owner, and the customer when the blocker is shared). Overdue is the health rule's: the next check-in was due before
 * today.
 */
@Component
public class ReminderJob {

    static final String JOB = "daily-reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final EngagementScope SYSTEM = new EngagementScope.All();

    private final JobRuns jobRuns;
    private final EngagementHealth health;
    private final Engagements engagements;
    private final HealthAssessor assessor;
    private final Blockers blockers;
    private final Notifier notifier;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JobMetrics metrics;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    ReminderJob(JobRuns jobRuns, EngagementHealth health, Engagements engagements, HealthAssessor assessor,
                Blockers blockers, Notifier notifier, TransactionTemplate transactions, Clock clock,
                JobMetrics metrics) {
        this.jobRuns = jobRuns;
        this.health = health;
        this.engagements = engagements;
        this.assessor = assessor;
        this.blockers = blockers;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${portal.notification.reminder-cron:0 15 0 * * *}")
    public void daily() {
        runFor(LocalDate.now(clock));
    }

    /** Returns how many reminders were issued; 0 when another instance already ran the day's job. */
    public int runFor(LocalDate day) {
        if (!jobRuns.claim(JOB, day, instance)) {
            return 0;
        }
        return metrics.timed(JOB, this::remindAll);
    }

    private int remindAll() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int reminders = 0;
        for (EngagementId id : health.running()) {
            Integer issued = transactions.execute(status -> remind(id, today, now));
            reminders += issued == null ? 0 : issued;
        }
        log.info("Daily reminders: {} issued", reminders);
        return reminders;
    }

    private int remind(EngagementId id, LocalDate today, Instant now) {
        Engagement engagement = engagements.find(id, SYSTEM).orElse(null);
        if (engagement == null || engagement.status() != EngagementStatus.ACTIVE) {
            return 0;
        }
        int issued = 0;
        LocalDate due = assessor.nextCheckInDue(engagement);
        if (today.isAfter(due)) {
            notifier.checkInOverdue(id, due, today);
            issued++;
        }
        for (Blocker blocker : blockers.openOf(id)) {
            if (blocker.isEscalated(now, today)) {
                notifier.blockerEscalated(blocker, now, today);
                issued++;
            }
        }
        return issued;
    }
}
