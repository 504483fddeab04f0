package com.fasttrack.portal.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All migrations run on a fresh PostgreSQL and Hibernate validates every entity against the result
 * (ddl-auto=validate): the context would not start if a mapping and the schema disagreed.
 */
@PersistenceTest
class MigrationsAndMappingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void allMigrationsAppliedOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
                Integer.class);
        assertThat(failed).isZero();
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success",
                Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(1);
    }

    @Test
    void regionsAreSeededByMigration() {
        assertThat(jdbc.queryForList("select display_name from region order by sort_order", String.class))
                .hasSize(11).contains("United Kingdom", "Western Europe", "Middle East & Africa");
    }

    @Test
    void theV11PatternRemovesExactlyTheControlCharactersTheDomainRefuses() {
        for (int c = 1; c < 0x20; c++) {
            String kept = jdbc.queryForObject(
                    "select regexp_replace('a' || chr(?) || 'b', '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F]', '', 'g')",
                    String.class, c);
            boolean allowed = c == '\t' || c == '\n' || c == '\r';
            assertThat(kept).as("U+%04X", c).isEqualTo(allowed ? "a" + (char) c + "b" : "ab");
        }
    }
}
