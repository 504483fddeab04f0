package com.fasttrack.portal.operations;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void noConnectionFromThePoolIsAnOutageHoweverDeeplyWrapped() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new JDBCConnectionException("unable to obtain isolated JDBC connection", pool)))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection", pool)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("wrapped", pool))).isTrue();
    }

    @Test
    void aServerShuttingDownOrAConnectionCutIsAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedAsBrokenIsAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aRefusedStatementIsNoOutage() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad"))).isFalse();
    }
}
