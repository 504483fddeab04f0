package com.fasttrack.portal.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import java.util.function.IntSupplier;

/**
 * {@code portal.job.duration}: each run of a daily job on the instance that claimed its day, timed, by job name and
 * outcome (success, failure); its count is the number of runs. A day another instance ran is no run here.
 */
@Component
public class JobMetrics {

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs the job's work and records how long it took and whether it threw; returns what the work returned. */
    public int timed(String job, IntSupplier work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            int result = work.getAsInt();
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder("portal.job.duration").tag("job", job).tag("outcome", outcome)
                    .description("Runs of the daily jobs").register(registry));
        }
    }
}
