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
}
