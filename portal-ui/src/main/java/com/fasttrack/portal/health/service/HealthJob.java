package com.fasttrack.portal.health.service;

import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.shared.service.DailyJob;
import com.fasttrack.portal.shared.service.DailyJobs;
import com.fasttrack.portal.shared.service.JobRun;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Health changes with time alone (a check-in becomes overdue, a blocker escalates, a phase overruns): once a
 * day, on exactly one instance ({@link DailyJobs}), every running engagement is reassessed, each on its own.
 */
@Component
public class HealthJob implements DailyJob {

    static final String JOB = "daily-health";

    private final DailyJobs dailyJobs;
    private final EngagementHealth health;
    private final HealthAssessor assessor;

    HealthJob(DailyJobs dailyJobs, EngagementHealth health, HealthAssessor assessor) {
        this.dailyJobs = dailyJobs;
        this.health = health;
        this.assessor = assessor;
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
        // each reassessment is its own transaction (HealthAssessor): a failure rolls back that engagement only
        return run.each(health.running(), id -> id, id -> {
            assessor.reassess(id);
            return 1;
        });
    }
}
