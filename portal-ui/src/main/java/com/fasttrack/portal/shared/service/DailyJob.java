package com.fasttrack.portal.shared.service;

/** A job that runs once a day on one instance, through {@link DailyJobs}. */
public interface DailyJob {

    /** The job's name in {@code scheduled_job_run}. */
    String name();

    /** False when this instance must not claim the day (it could not do the work; another instance may). */
    default boolean mayRunHere() {
        return true;
    }

    /** Does the day's work, item by item through {@link JobRun#each}; returns how many items it handled. */
    int run(JobRun run);
}
