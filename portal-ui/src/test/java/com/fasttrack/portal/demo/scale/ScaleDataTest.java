package com.fasttrack.portal.demo.scale;

import com.fasttrack.portal.Application;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.demo.DemoMode;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.health.service.HealthAssessor;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale data set at 1/100 of its size, seeded the way {@code --portal.demo-data=scale} seeds it, on a database of
 * its own (its thousand rows would disturb the tests that share the JVM's database): the counts, a second seeding
 * that creates nothing, and history that agrees with what it describes.
 */
class ScaleDataTest {

    private static final ScaleDataSet SIZE = ScaleDataSet.scaledDown(100);

    private static ConfigurableApplicationContext portal;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startWithTheScaleDataSet() {
        TestDatabase database = TestDatabase.get().createEmpty();
        portal = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.profiles.active=dev", "--portal.admin.email=", "--portal.admin.password=",
                "--portal.demo-data=scale", "--portal.scale-data.divisor=100");
        jdbc = portal.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void itHoldsWhatTheSizeAsksForOnTopOfTheDemoData() {
        assertThat(count("organisation where kind = 'CUSTOMER'")).isEqualTo(SIZE.customers() + 3);
        assertThat(count("engagement")).isEqualTo(SIZE.engagements() + 4);
        assertThat(count("app_user where email like '%@scale.fasttrack.example' and role = 'ENGINEER'"))
                .isEqualTo(SIZE.engineers());
        assertThat(count("partner_profile p join app_user u on u.organisation_id = p.organisation_id "
                + "where u.email like 'partner%@scale.example'")).isEqualTo(SIZE.partners());
        assertThat(count("check_in" + scaleRows())).isEqualTo(SIZE.checkIns());
        assertThat(count("blocker" + scaleRows())).isEqualTo(SIZE.blockers());
        assertThat(count("activity" + scaleRows())).isEqualTo(SIZE.activities());
        assertThat(count("notification" + scaleRows())).isEqualTo(SIZE.notifications());
        assertThat(count("engagement_engineer ee join app_user u on u.id = ee.user_id "
                + "where u.email = 'engineer01@scale.fasttrack.example'")).isEqualTo(SIZE.busyEngineerEngagements());

        UUID longOne = jdbc.queryForObject("select id from engagement where title = ?", UUID.class,
                ScaleDataSet.LONG_ENGAGEMENT_TITLE);
        assertThat(count("check_in where engagement_id = '" + longOne + "'")).isEqualTo(SIZE.longCheckIns());
        assertThat(count("blocker where engagement_id = '" + longOne + "'")).isEqualTo(SIZE.longBlockers());
        assertThat(count("activity where engagement_id = '" + longOne + "'")).isEqualTo(SIZE.longActivities());
        assertThat(jdbc.queryForList("select distinct phase from engagement" + scaleRows(), String.class))
                .hasSize(3);
        assertThat(jdbc.queryForList("select distinct health_colour from engagement" + scaleRows(), String.class))
                .containsExactlyInAnyOrder("GREEN", "AMBER", "RED");
    }

    @Test
    void aSecondSeedingCreatesNothing() {
        long before = count("check_in") + count("activity") + count("engagement");

        assertThat(portal.getBean(ScaleData.class).seed(SIZE)).isZero();

        assertThat(count("check_in") + count("activity") + count("engagement")).isEqualTo(before);
        // one marker per data set: the scale data set's and the demo data's (decision record 023)
        assertThat(jdbc.queryForList("select name from seeded_data_set", String.class))
                .containsExactlyInAnyOrder("scale", "demo");
    }

    @Test
    void everyUserSignsInWithTheDemoPassword() {
        String hash = jdbc.queryForObject("select password_hash from app_user where email = ?", String.class,
                "customer0001@scale.example");
        assertThat(portal.getBean(PasswordEncoder.class).matches(DemoMode.PASSWORD, hash)).isTrue();
        assertThat(count("(select distinct password_hash from app_user where email like '%scale%') hashes"))
                .isEqualTo(1);
    }

    @Test
    void theStoredHealthIsWhatTheAssessorComputesAndItsHistoryEndsWithIt() {
        HealthAssessor assessor = portal.getBean(HealthAssessor.class);
        List<Map<String, Object>> before = health();
        long changes = count("health_change");

        jdbc.queryForList("select id from engagement" + scaleRows() + " and status in ('ACTIVE', 'ON_HOLD')",
                UUID.class).forEach(id -> assessor.reassess(new EngagementId(id)));

        assertThat(health()).isEqualTo(before);
        assertThat(count("health_change")).isEqualTo(changes);
    }

    @Test
    void everyRowReadsBackThroughTheDomainsRules() {
        Engagements engagements = portal.getBean(Engagements.class);
        CheckIns checkIns = portal.getBean(CheckIns.class);
        EngagementScope all = new EngagementScope.All();
        for (UUID id : jdbc.queryForList("select id from engagement" + scaleRows(), UUID.class)) {
            EngagementId engagement = new EngagementId(id);
            assertThat(engagements.find(engagement, all)).isPresent();
            assertThat(checkIns.of(engagement, all, new PageRequest(0, PageRequest.MAX_LIMIT, List.of())))
                    .hasSize((int) count("check_in where engagement_id = '" + id + "'"));
        }
    }

    @Test
    void theHistoryAgreesWithWhatItDescribes() {
        // every recorded check-in of the history names a check-in of its engagement by date and shared summary
        assertThat(count("activity a" + scaleRows("a") + " and a.kind = 'CHECK_IN_RECORDED' and not exists ("
                + "select 1 from check_in c where c.engagement_id = a.engagement_id and c.shared_summary = a.after_value"
                + " and a.summary like 'Check-in of ' || c.check_in_date || ' recorded%')")).isZero();
        // nothing happens in the future, nor before the engagement began
        assertThat(count("activity a join engagement e on e.id = a.engagement_id where a.at > now() "
                + "or a.at < e.created_at")).isZero();
        // a notification goes to someone on the engagement (its engineers or its customer), never its author
        assertThat(count("notification n" + scaleRows("n") + " and not exists (select 1 from engagement_engineer ee "
                + "where ee.engagement_id = n.engagement_id and ee.user_id = n.recipient) and not exists ("
                + "select 1 from engagement e join app_user u on u.organisation_id = e.customer_id "
                + "where e.id = n.engagement_id and u.id = n.recipient and n.visibility = 'SHARED')")).isZero();
        // the phase gates held: later phases have the earlier checklists done, completed ones nothing open
        assertThat(count("engagement e" + scaleRows("e") + " and e.phase = 'CONTINUOUS_PARTNERSHIP' and "
                + "(e.poc_go_live is null or (select count(*) from engagement_checklist_tick t where t.engagement_id = e.id"
                + " and t.item in ('DESIGN_PRINCIPLES_REVIEWED', 'ARCHITECTURE_REVIEWED', 'POC_DONE')) < 3)"))
                .isZero();
        assertThat(count("blocker b join engagement e on e.id = b.engagement_id where e.status = 'COMPLETED' "
                + "and b.status in ('OPEN', 'IN_PROGRESS')")).isZero();
        assertThat(count("blocker b" + scaleRows("b") + " and b.due_date < (b.raised_at at time zone 'UTC')::date"))
                .isZero();
        // the phase history matches the phase
        assertThat(count("engagement e" + scaleRows("e") + " and (select count(*) from phase_transition p "
                + "where p.engagement_id = e.id) <> case e.phase when 'DISCOVERY' then 0 "
                + "when 'SOLUTION_ENABLEMENT' then 1 else case e.status when 'COMPLETED' then 3 else 2 end end"))
                .isZero();
    }

    private List<Map<String, Object>> health() {
        return jdbc.queryForList("select id, health_colour, health_computed, health_score, health_reasons, "
                + "next_check_in_due from engagement" + scaleRows() + " order by id");
    }

    /** The rows of the scale data set: their ids carry its prefix. */
    private static String scaleRows() {
        return " where id::text like '5ca1e%'";
    }

    private static String scaleRows(String alias) {
        return " where " + alias + ".id::text like '5ca1e%'";
    }

    private static long count(String from) {
        Long count = jdbc.queryForObject("select count(*) from " + from, Long.class);
        return count == null ? 0 : count;
    }
}
