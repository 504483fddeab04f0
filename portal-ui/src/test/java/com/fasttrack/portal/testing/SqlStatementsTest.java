package com.fasttrack.portal.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement counter the N+1 guards stand on counts what runs on its thread, and only that. */
@PortalIntegrationTest
class SqlStatementsTest {

    @Autowired
    SqlStatements sql;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsEveryStatementOfTheWorkInOrder() {
        var counted = sql.during(() -> {
            jdbc.queryForObject("select 1", Integer.class);
            return jdbc.queryForObject("select count(*) from organisation where name <> ?", Long.class, "");
        });

        assertThat(counted.count()).isEqualTo(2);
        assertThat(counted.statements().getLast()).contains("organisation");
        assertThat(counted.result()).isNotNull();
    }

    @Test
    void leavesOtherThreadsOut() {
        var statements = sql.statementsOf(() -> CompletableFuture.runAsync(() -> jdbc.queryForObject("select 1",
                Integer.class)).join());

        assertThat(statements).isEmpty();
    }
}
