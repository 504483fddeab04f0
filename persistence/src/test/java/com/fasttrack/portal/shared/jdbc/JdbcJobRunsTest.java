package com.fasttrack.portal.shared.jdbc;

import com.fasttrack.portal.shared.JobRuns;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
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

    private static final Instant NOW = Instant.parse("2026-11-29T00:05:00Z");
    private static final Instant LEASE = NOW.plus(Duration.ofMinutes(10));

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
                instances.add(() -> jobRuns.claim(job, day, instance, NOW, LEASE));
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(instances)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jobRuns.claim(job, day.plusDays(1), "instance-0", NOW, LEASE)).isTrue();
    }

    @Test
    void aClaimWhoseLeaseRanOutUnfinishedIsTakenOverByOneInstanceAndACompletedDayByNone() {
        String job = "test-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertThat(jobRuns.claim(job, day, "dead", NOW, LEASE)).isTrue();
        // while the lease lasts nobody else gets the day, and the retry never starts a day nobody claimed
        assertThat(jobRuns.claim(job, day, "b", LEASE.minusSeconds(1), LEASE.plusSeconds(600))).isFalse();
        assertThat(jobRuns.takeOver(job, day, "b", LEASE.minusSeconds(1), LEASE.plusSeconds(600))).isFalse();
        assertThat(jobRuns.takeOver(job, day.plusDays(1), "b", LEASE.plusSeconds(1), LEASE.plusSeconds(600)))
                .isFalse();

        Instant later = LEASE.plusSeconds(1);
        assertThat(jobRuns.takeOver(job, day, "b", later, later.plusSeconds(600))).isTrue();
        assertThat(jobRuns.takeOver(job, day, "c", later, later.plusSeconds(600))).isFalse();
        // the dead instance, should it wake up, can neither renew nor complete what it lost
        assertThat(jobRuns.renew(job, day, "dead", later.plusSeconds(600))).isFalse();
        assertThat(jobRuns.complete(job, day, "dead", later, 0)).isFalse();
        assertThat(jobRuns.complete(job, day, "b", later.plusSeconds(5), 2)).isTrue();
        assertThat(jobRuns.claim(job, day, "c", later.plusSeconds(3600), later.plusSeconds(4200))).isFalse();
        assertThat(jobRuns.takeOver(job, day, "c", later.plusSeconds(3600), later.plusSeconds(4200))).isFalse();
    }
}
