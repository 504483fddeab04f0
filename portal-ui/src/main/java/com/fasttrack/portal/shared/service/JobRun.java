package com.fasttrack.portal.shared.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One instance's run of a daily job's day: goes through the items one by one, so a failure on one is logged and the
 * run goes on with the next, and keeps the claim's lease alive while it runs.
 */
public final class JobRun {

    private static final Logger log = LoggerFactory.getLogger(JobRun.class);

    private final String job;
    private final LocalDate day;
    private final Runnable keepLease;
    private int failures;

    JobRun(String job, LocalDate day, Runnable keepLease) {
        this.job = job;
        this.day = day;
        this.keepLease = keepLease;
    }

    /** The day being run, in the portal's zone. */
    public LocalDate day() {
        return day;
    }

    /**
     * Applies {@code work} to each item and sums what it returns. An item whose work throws is logged at WARN with its
     * id and counted as a failure (its own transaction, if any, rolled back); the others still run.
     */
    public <T> int each(Collection<T> items, Function<T, ?> idOf, ToIntFunction<T> work) {
        int done = 0;
        for (T item : items) {
            keepLease.run();
            try {
                done += work.applyAsInt(item);
            } catch (RuntimeException failed) {
                failures++;
                log.warn("Job {} of {}: failed on {}, going on with the next", job, day, idOf.apply(item), failed);
            }
        }
        return done;
    }

    int failures() {
        return failures;
    }
}
