package com.fasttrack.portal.health.service;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.health.DayBegan;
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
 * Health changes with time alone (a check-in becomes overdue, a blocker escalates, a phase overruns): once a
 * day, on exactly one instance ({@link DailyJobs}), a new day begins for every running engagement
 * ({@link DayBegan}), and {@link HealthReassessment} reassesses it.
 */
@Component
@NotABoundary("a scheduled job: acts for no user, and opens one transaction per engagement itself")
public class HealthJob implements DailyJob {

    static final String JOB = "daily-health";

    private final DailyJobs dailyJobs;
    private final EngagementHealth health;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HealthJob(DailyJobs dailyJobs, EngagementHealth health, ApplicationEventPublisher events,
              TransactionTemplate transactions, Clock clock) {
        this.dailyJobs = dailyJobs;
        this.health = health;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.health.cron:0 5 0 * * *}", zone = "${portal.time-zone:UTC}")
    public void daily() {
        dailyJobs.runToday(this);
    }

    /** Returns how many engagements were reassessed; 0 when another instance already ran that day's job. */
    public int runFor(LocalDate day) {
        return dailyJobs.run(this, day);
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public int run(JobRun run) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        // each engagement in its own transaction: a failure rolls back that engagement only
        return run.each(health.running(), id -> id, id -> {
            transactions.executeWithoutResult(status -> events.publishEvent(new DayBegan(id, Actor.PORTAL, now)));
            return 1;
        });
    }
}
