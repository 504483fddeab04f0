package com.fasttrack.portal.shared.jpa;

import com.fasttrack.portal.shared.JobRuns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/** Claims a job's day by inserting its row; the primary key lets only the first instance succeed. */
@Repository
class JdbcJobRuns implements JobRuns {

    private final JdbcTemplate jdbc;

    JdbcJobRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day, String instance) {
        return jdbc.update("insert into scheduled_job_run (job, run_date, instance) values (?, ?, ?) "
                + "on conflict (job, run_date) do nothing", job, day, instance) == 1;
    }
}
