package com.fasttrack.portal.health.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.service.DailyJobs;
import com.fasttrack.portal.shared.service.JobRun;
import com.fasttrack.portal.testing.LogCapture;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;

import ch.qos.logback.classic.Level;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily health job when the database refuses one engagement's reassessment (a trigger raises for it): the
 * others are still reassessed, the failure is logged with the engagement's id, and the day is complete.
 */
@PortalIntegrationTest
class HealthJobFaultTest {

    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    HealthJob job;
    @Autowired
    EngagementHealth health;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneEngagementThatFailsDoesNotStopTheReassessmentOfTheOthers() {
        Organisation customer = testData.customerOrganisation(Region.JAPAN);
        List<Engagement> engagements = List.of(testData.engagement(customer, TestData.unique("First"), List.of(),
                "SAP"), testData.engagement(customer, TestData.unique("Failing"), List.of(), "SAP"),
                testData.engagement(customer, TestData.unique("Last"), List.of(), "SAP"));
        Engagement failing = engagements.get(1);
        for (Engagement engagement : engagements) {
            jdbc.update("update engagement set health_assessed_at = ? where id = ?", LONG_AGO, engagement.id().value());
        }
        int running = health.running().size();
        String trigger = "refuse_health_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("create function " + trigger + "() returns trigger language plpgsql as "
                + "$$ begin raise exception 'the database refuses this engagement'; end $$");
        jdbc.execute("create trigger " + trigger + " before update of health_colour on engagement for each row "
                + "when (new.id = '" + failing.id().value() + "') execute function " + trigger + "()");
        LocalDate day = LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 2, 1);
        try (LogCapture log = new LogCapture(JobRun.class); LogCapture summary = new LogCapture(DailyJobs.class)) {
            assertThat(job.runFor(day)).isEqualTo(running - 1);
            assertThat(log.lines(Level.WARN)).singleElement().asString()
                    .contains("failed on " + failing.id() + ", going on with the next");
            assertThat(summary.lines(Level.WARN)).singleElement().asString().contains("1 failed");
        } finally {
            jdbc.execute("drop trigger " + trigger + " on engagement");
            jdbc.execute("drop function " + trigger + "()");
        }

        assertThat(assessedAt(engagements.get(0))).isAfter(LONG_AGO);
        assertThat(assessedAt(failing)).isEqualTo(LONG_AGO);
        assertThat(assessedAt(engagements.get(2))).isAfter(LONG_AGO);
        assertThat(jdbc.queryForObject("select failures from scheduled_job_run where job = ? and run_date = ? "
                + "and completed_at is not null", Integer.class, HealthJob.JOB, day)).isEqualTo(1);
    }

    private OffsetDateTime assessedAt(Engagement engagement) {
        return jdbc.queryForObject("select health_assessed_at from engagement where id = ?", OffsetDateTime.class,
                engagement.id().value());
    }
}
