package com.fasttrack.portal.benchmark;

import org.junit.jupiter.api.Test;

/**
 * Maven's entry point to {@link ScaleBenchmark} ({@code ./mvnw -Pscale-benchmark ...}, see the README): a benchmark,
 * not a test of behaviour; it fails only when the harness cannot measure (the portal does not start, a page never
 * settles, the scale data set is missing).
 */
class RunScaleBenchmark {

    @Test
    void measure() throws Exception {
        ScaleBenchmark.main(new String[0]);
    }
}
