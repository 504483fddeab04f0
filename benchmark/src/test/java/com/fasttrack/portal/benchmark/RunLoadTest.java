package com.fasttrack.portal.benchmark;

import org.junit.jupiter.api.Test;

/**
 * Maven's entry point to {@link LoadTest} ({@code -Pscale-benchmark -Dbenchmark.entry=RunLoadTest}, see the README):
 * a load run, not a test of behaviour; it fails only when the harness cannot run (the portal does not start).
 */
class RunLoadTest {

    @Test
    void load() throws Exception {
        LoadTest.main(new String[0]);
    }
}
