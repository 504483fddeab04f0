package com.fasttrack.portal.shared.jdbc;

import com.fasttrack.portal.shared.JobRuns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A job's day is one row: the primary key lets only one instance insert it, and the conditional update of a claim
 * whose lease ran out unfinished lets only one instance take it over (the row lock of the update decides).
 */
@Repository
class JdbcJobRuns implements JobRuns {

    private static final String TAKE_OVER = """
            update scheduled_job_run set claimed_by = ?, started_at = ?, lease_until = ?, takeovers = takeovers + 1
            where job = ? and run_date = ? and completed_at is null and lease_until < ?""";

    private final JdbcTemplate jdbc;

    JdbcJobRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day, String instance, Instant now, Instant leaseUntil) {
        int inserted = jdbc.update("insert into scheduled_job_run (job, run_date, claimed_by, started_at, lease_until) "
                        + "values (?, ?, ?, ?, ?) on conflict (job, run_date) do nothing", job, day, instance,
                SqlValues.timestamp(now), SqlValues.timestamp(leaseUntil));
        return inserted == 1 || takeOver(job, day, instance, now, leaseUntil);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean takeOver(String job, LocalDate day, String instance, Instant now, Instant leaseUntil) {
        return jdbc.update(TAKE_OVER, instance, SqlValues.timestamp(now), SqlValues.timestamp(leaseUntil), job, day,
                SqlValues.timestamp(now)) == 1;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean renew(String job, LocalDate day, String instance, Instant leaseUntil) {
        return jdbc.update("update scheduled_job_run set lease_until = ? where job = ? and run_date = ? "
                + "and claimed_by = ? and completed_at is null", SqlValues.timestamp(leaseUntil), job, day,
                instance) == 1;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean complete(String job, LocalDate day, String instance, Instant at, int failures) {
        return jdbc.update("update scheduled_job_run set completed_at = ?, failures = ? where job = ? and run_date = ? "
                + "and claimed_by = ? and completed_at is null", SqlValues.timestamp(at), failures, job, day,
                instance) == 1;
    }
}
