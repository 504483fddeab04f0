package com.fasttrack.portal.shared.service;

import com.fasttrack.portal.shared.JobRuns;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Runs each {@link DailyJob} once a day across all instances. The day is today in the portal's one zone
 * ({@code portal.time-zone}, UTC by default), whatever each server's own zone. An instance claims the day with a lease
 * it renews while it runs and marks the day complete at the end (failures on single items included, counted); a
 * claim whose lease ran out unfinished (its instance died) is taken over on the next retry tick, the same day.
 */
@NotABoundary("runs the scheduled daily jobs for no user; each claim, renewal and completion commits on its own")
@Component
public class DailyJobs {

    private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);

    private final JobRuns runs;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration lease;
    private final ObjectProvider<DailyJob> jobs;
    private final String instance;
    private final MeterRegistry meters;

    @Autowired
    DailyJobs(JobRuns runs, Clock clock, @Value("${portal.time-zone:UTC}") ZoneId zone,
              @Value("${portal.jobs.lease:PT10M}") Duration lease, ObjectProvider<DailyJob> jobs,
              ObjectProvider<MeterRegistry> meters) {
        this(runs, clock, zone, lease, jobs,
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    DailyJobs(JobRuns runs, Clock clock, ZoneId zone, Duration lease, ObjectProvider<DailyJob> jobs, String instance) {
        this(runs, clock, zone, lease, jobs, instance, new SimpleMeterRegistry());
    }

    private DailyJobs(JobRuns runs, Clock clock, ZoneId zone, Duration lease, ObjectProvider<DailyJob> jobs,
                      String instance, MeterRegistry meters) {
        this.meters = meters;
        this.runs = runs;
        this.clock = clock;
        this.zone = zone;
        this.lease = lease;
        this.jobs = jobs;
        this.instance = instance;
    }

    /** Today in the portal's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Runs today's job if this instance gets the day; returns how many items it handled (0 when it did not). */
    public int runToday(DailyJob job) {
        return run(job, today());
    }

    /** Runs the job's day if this instance claims it, or takes over a claim that ran out; 0 when it did not get it. */
    public int run(DailyJob job, LocalDate day) {
        return job.mayRunHere() && runs.claim(job.name(), day, instance, now(), now().plus(lease))
                ? runClaimed(job, day) : 0;
    }

    /** Takes over today's run of the job if an instance claimed it and its lease ran out before it completed. */
    public int resume(DailyJob job) {
        LocalDate day = today();
        if (!job.mayRunHere() || !runs.takeOver(job.name(), day, instance, now(), now().plus(lease))) {
            return 0;
        }
        log.warn("Job {} of {}: the instance that claimed it did not finish; taken over by {}", job.name(), day,
                instance);
        return runClaimed(job, day);
    }

    /** Every few minutes: a day whose instance died is finished by another instance. */
    @Scheduled(fixedDelayString = "${portal.jobs.retry-interval:PT3M}",
            initialDelayString = "${portal.jobs.retry-interval:PT3M}")
    void resumeUnfinished() {
        jobs.orderedStream().forEach(job -> {
            try {
                resume(job);
            } catch (RuntimeException failed) {
                log.warn("Job {}: could not check for an unfinished day: {}", job.name(), failed.toString());
            }
        });
    }

    private int runClaimed(DailyJob job, LocalDate day) {
        long started = System.nanoTime();
        Instant[] renewAt = {now().plus(lease.dividedBy(2))};
        JobRun run = new JobRun(job.name(), day, () -> {
            if (!now().isBefore(renewAt[0])) {
                if (!runs.renew(job.name(), day, instance, now().plus(lease))) {
                    throw new LeaseLost(job.name(), day);
                }
                renewAt[0] = now().plus(lease.dividedBy(2));
            }
        });
        int done;
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failure";
        try {
            done = job.run(run);
            outcome = "success";
        } catch (LeaseLost lost) {
            outcome = "lease-lost";
            log.warn(lost.getMessage());
            return 0;
        } finally {
            sample.stop(Timer.builder("portal.job.duration").tag("job", job.name()).tag("outcome", outcome)
                    .description("Runs of the daily jobs").register(meters));
        }
        runs.complete(job.name(), day, instance, now(), run.failures());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (run.failures() > 0) {
            log.warn("Job {} of {}: {} done, {} failed, in {} ms", job.name(), day, done, run.failures(), millis);
        } else {
            log.info("Job {} of {}: {} done in {} ms", job.name(), day, done, millis);
        }
        return done;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Another instance took the day over while this one was still running it: this one stops. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost(String job, LocalDate day) {
            super("Job " + job + " of " + day + ": the lease ran out and another instance took the day over; stopped");
        }
    }
}
