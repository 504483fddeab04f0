package com.fasttrack.portal.shared.jpa;

import com.fasttrack.portal.shared.JobRuns;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class JdbcJobRunsTest {

    @Autowired
    JobRuns jobRuns;

    @Test
    void onlyOneOfManyConcurrentInstancesClaimsTheDay() throws Exception {
        String job = "test-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 11, 29);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> instances = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String instance = "instance-" + i;
                instances.add(() -> jobRuns.claim(job, day, instance));
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(instances)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jobRuns.claim(job, day.plusDays(1), "instance-0")).isTrue();
    }
}
