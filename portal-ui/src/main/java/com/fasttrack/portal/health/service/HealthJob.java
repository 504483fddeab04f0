package com.fasttrack.portal.health.service;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.operations.JobMetrics;
import com.fasttrack.portal.shared.JobRuns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Health changes with time alone (a check-in becomes overdue, a blocker escalates, a phase overruns): once a
 * day, on exactly one instance, every running engagement is reassessed.
 */
@Component
public class HealthJob {

    static final String JOB = "daily-health";
    private static final Logger log = LoggerFactory.getLogger(HealthJob.class);

    private final JobRuns jobRuns;
    private final EngagementHealth health;
    private final HealthAssessor assessor;
    private final Clock clock;
    private final JobMetrics metrics;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    HealthJob(JobRuns jobRuns, EngagementHealth health, HealthAssessor assessor, Clock clock, JobMetrics metrics) {
        this.jobRuns = jobRuns;
        this.health = health;
        this.assessor = assessor;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${portal.health.cron:0 5 0 * * *}")
    public void daily() {
        runFor(LocalDate.now(clock));
    }

    /** Returns how many engagements were reassessed; 0 when another instance already ran today's job. */
    public int runFor(LocalDate day) {
        if (!jobRuns.claim(JOB, day, instance)) {
            return 0;
        }
        return metrics.timed(JOB, this::reassessRunning);
    }

    private int reassessRunning() {
        int count = 0;
        for (EngagementId id : health.running()) {
            assessor.reassess(id);
            count++;
        }
        log.info("Daily health: {} engagements reassessed", count);
        return count;
    }
}
