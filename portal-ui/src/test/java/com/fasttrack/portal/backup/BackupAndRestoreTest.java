package com.fasttrack.portal.backup;

import com.fasttrack.portal.Application;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.service.ActivityLog;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.shared.Visibility;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's backup and restore, done as an operator would: a portal database with the demo data is dumped with
 * {@code pg_dump --format=custom --no-owner}, restored with {@code pg_restore --no-owner} into a new, empty database,
 * and a portal started on the restored one (Flyway finds its schema current) reads the same engagements, check-ins
 * and activity. The server and the tools come from the machine's PostgreSQL packages, one major version
 * ({@link PostgresTools}): missing, the test is skipped, except on CI, which installs them.
 */
class BackupAndRestoreTest {

    private static final String SOURCE = "portal_live";
    private static final String RESTORED = "portal_restored";

    @TempDir
    Path backups;

    @Test
    void aDumpOfThePortalsDatabaseRestoresIntoAnEmptyOneAndThePortalReadsTheSameRecords() throws Exception {
        Path bin = toolsOrSkip();
        try (PostgresTools server = PostgresTools.start(bin)) {
            createDatabase(server, SOURCE);
            Records before;
            try (ConfigurableApplicationContext portal = portal(server.jdbcUrl(SOURCE), "dev")) {
                historyOfEveryEngagement(portal);
                before = Records.of(portal.getBean(JdbcTemplate.class));
            }
            assertThat(before.engagements()).as("the demo data's engagements").hasSizeGreaterThanOrEqualTo(3);
            assertThat(before.checkIns()).as("check-ins of the demo data").isPositive();
            assertThat(before.activity()).as("activity of the demo data").isPositive();

            Path dump = backups.resolve("portal.dump");
            server.dump(SOURCE, dump);
            assertThat(Files.size(dump)).isPositive();
            createDatabase(server, RESTORED);
            server.restore(dump, RESTORED);

            // no dev profile: nothing seeds the restored database, all it holds came from the dump
            try (ConfigurableApplicationContext portal = portal(server.jdbcUrl(RESTORED))) {
                JdbcTemplate restored = portal.getBean(JdbcTemplate.class);
                assertThat(Records.of(restored)).isEqualTo(before);
                assertThat(restored.queryForObject("select count(*) from flyway_schema_history where success",
                        Integer.class)).as("the same migrations, none run again").isEqualTo(before.migrations());
            }
        }
    }

    /** The demo data set has no history yet: an entry on each engagement, as the portal's daily jobs write them. */
    private static void historyOfEveryEngagement(ConfigurableApplicationContext portal) {
        ActivityLog activity = portal.getBean(ActivityLog.class);
        List<UUID> engagements = portal.getBean(JdbcTemplate.class).queryForList("select id from engagement",
                UUID.class);
        portal.getBean(TransactionTemplate.class).executeWithoutResult(status -> engagements.forEach(id ->
                activity.recordByPortal(new EngagementId(id), ActivityKind.FIELDS_CHANGED,
                        "Details changed before the backup: Zoë ✓ 渡辺", "before", "after", Visibility.SHARED)));
    }

    private static Path toolsOrSkip() {
        Optional<Path> bin = PostgresTools.installed();
        if (bin.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no PostgreSQL server with pg_dump and pg_restore is installed"
                    + " (Debian: apt-get install postgresql-15)");
        }
        Assumptions.assumeTrue(bin.isPresent(), "No PostgreSQL server with pg_dump and pg_restore in "
                + "/usr/lib/postgresql (Debian: apt-get install postgresql-15)");
        return bin.get();
    }

    private static void createDatabase(PostgresTools server, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    private static ConfigurableApplicationContext portal(String jdbcUrl, String... profiles) {
        return new SpringApplicationBuilder(Application.class).profiles(profiles).run(
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--server.port=0", "--management.server.port=0");
    }

    /** What a user of the portal reads: engagements, their check-ins and their history. */
    private record Records(List<String> engagements, int checkIns, List<Map<String, Object>> firstCheckIns,
                           int activity, List<Map<String, Object>> lastActivity, int migrations) {

        static Records of(JdbcTemplate jdbc) {
            return new Records(
                    jdbc.queryForList("select title from engagement order by title", String.class),
                    jdbc.queryForObject("select count(*) from check_in", Integer.class),
                    jdbc.queryForList("select c.shared_summary, e.title from check_in c join engagement e"
                            + " on e.id = c.engagement_id order by c.check_in_date, c.id limit 5"),
                    jdbc.queryForObject("select count(*) from activity", Integer.class),
                    jdbc.queryForList("select summary, at from activity order by at desc, id limit 5"),
                    jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class));
        }
    }
}
