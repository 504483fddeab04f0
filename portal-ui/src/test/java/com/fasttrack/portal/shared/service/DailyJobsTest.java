package com.fasttrack.portal.shared.service;

import com.fasttrack.portal.shared.JobRuns;
import com.fasttrack.portal.testing.LogCapture;
import com.fasttrack.portal.testing.MutableClock;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;

import ch.qos.logback.classic.Level;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Daily jobs on the real job table, each "instance" a {@link DailyJobs} of its own name on a clock the test moves:
 * the day in the portal's zone, a claim whose instance died taken over the same day, a failing item passed over.
 */
@PortalIntegrationTest
class DailyJobsTest {

    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    JobRuns jobRuns;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunAt2330UtcWithTheTokyoZoneCountsAsTheNextDay() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-04T23:30:00Z"), UTC);
        RecordingJob job = new RecordingJob();
        DailyJobs tokyo = instance("tokyo", clock, ZoneId.of("Asia/Tokyo"), job);
        DailyJobs london = instance("london", clock, UTC, job);

        assertThat(tokyo.today()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(london.today()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(tokyo.runToday(job)).isEqualTo(5);
        assertThat(job.days).containsExactly(LocalDate.of(2026, 12, 5));
        assertThat(jdbc.queryForList("select run_date from scheduled_job_run where job = ?", LocalDate.class,
                job.name())).containsExactly(LocalDate.of(2026, 12, 5));
    }

    @Test
    void aDayWhoseInstanceDiedIsTakenOverWhenItsLeaseRunsOutAndCompletedOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2031-03-02T00:05:00Z"), UTC);
        RecordingJob job = new RecordingJob();
        job.dieOnFirstRun = true;
        DailyJobs dying = instance("instance-a", clock, UTC, job);
        DailyJobs survivor = instance("instance-b", clock, UTC, job);

        // instance A claims the day and dies mid-run: nothing marks the day complete
        assertThatThrownBy(() -> dying.runToday(job)).hasMessageContaining("died");
        assertThat(row(job)).containsEntry("claimed_by", "instance-a").containsEntry("completed_at", null);

        // while A's lease lasts, B neither runs it nor takes it over
        clock.advance(Duration.ofMinutes(9));
        assertThat(survivor.runToday(job)).isZero();
        survivor.resumeUnfinished();
        assertThat(job.runs).hasValue(1);

        // the lease ran out: B's next retry tick takes the day over and completes it, the same day
        clock.advance(Duration.ofMinutes(2));
        try (LogCapture log = new LogCapture(DailyJobs.class)) {
            survivor.resumeUnfinished();
            assertThat(log.lines(Level.WARN)).singleElement().asString()
                    .contains("did not finish; taken over by instance-b");
        }
        assertThat(job.runs).hasValue(2);
        assertThat(job.days).containsExactly(LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 2));
        assertThat(row(job)).containsEntry("claimed_by", "instance-b").containsEntry("takeovers", 1)
                .containsEntry("failures", 0).extractingByKey("completed_at").isNotNull();

        // a completed day is nobody's again, however late
        clock.advance(Duration.ofHours(5));
        survivor.resumeUnfinished();
        assertThat(dying.runToday(job)).isZero();
        assertThat(job.runs).hasValue(2);
    }

    @Test
    void aRunLongerThanItsLeaseKeepsItByRenewing() {
        MutableClock clock = new MutableClock(Instant.parse("2032-05-06T00:05:00Z"), UTC);
        RecordingJob job = new RecordingJob();
        DailyJobs slow = instance("slow", clock, UTC, job);
        DailyJobs other = instance("other", clock, UTC, job);
        job.duringItem = () -> {
            clock.advance(Duration.ofMinutes(4));
            assertThat(other.resume(job)).isZero();
        };

        assertThat(slow.runToday(job)).isEqualTo(5); // 20 minutes of work on a 10-minute lease
        assertThat(job.runs).hasValue(1);
        assertThat(row(job)).containsEntry("claimed_by", "slow").containsEntry("takeovers", 0);
    }

    @Test
    void aFailingItemIsLoggedWithItsIdAndTheRunGoesOnAndIsCompletedWithTheFailureCounted() {
        MutableClock clock = new MutableClock(Instant.parse("2033-07-08T00:05:00Z"), UTC);
        RecordingJob job = new RecordingJob();
        job.failOn = 2;
        DailyJobs jobs = instance("one", clock, UTC, job);

        try (LogCapture log = new LogCapture(JobRun.class)) {
            assertThat(jobs.runToday(job)).isEqualTo(4);
            assertThat(log.lines(Level.WARN)).singleElement().asString()
                    .contains("Job " + job.name() + " of 2033-07-08: failed on item 2, going on with the next");
        }
        assertThat(job.handled).containsExactly(1, 3, 4, 5);
        assertThat(row(job)).containsEntry("failures", 1).extractingByKey("completed_at").isNotNull();
    }

    private DailyJobs instance(String name, MutableClock clock, ZoneId zone, DailyJob job) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("job", job));
        ObjectProvider<DailyJob> provider = beans.getBeanProvider(DailyJob.class);
        return new DailyJobs(jobRuns, clock, zone, LEASE, provider, name);
    }

    private Map<String, Object> row(DailyJob job) {
        return jdbc.queryForMap("select claimed_by, completed_at, failures, takeovers from scheduled_job_run "
                + "where job = ?", job.name());
    }

    /** A job of five items that records what it did, and can die, fail on one item, or do something in each. */
    private static final class RecordingJob implements DailyJob {

        private final String name = TestData.unique("test-job");
        final AtomicInteger runs = new AtomicInteger();
        final List<LocalDate> days = new ArrayList<>();
        final List<Integer> handled = new ArrayList<>();
        boolean dieOnFirstRun;
        int failOn;
        Runnable duringItem = () -> { };

        @Override
        public String name() {
            return name;
        }

        @Override
        public int run(JobRun run) {
            days.add(run.day());
            if (runs.incrementAndGet() == 1 && dieOnFirstRun) {
                throw new IllegalStateException("the instance died");
            }
            return run.each(List.of(1, 2, 3, 4, 5), item -> "item " + item, item -> {
                if (item == failOn) {
                    throw new IllegalStateException("refused");
                }
                duringItem.run();
                handled.add(item);
                return 1;
            });
        }
    }
}
