package com.fasttrack.portal.operations;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recognises "the database cannot be reached" (no connection within the pool's timeout, a connection cut by a server
 * shutting down) among the exceptions of Spring, Hibernate, Hikari and the driver, and logs an outage once instead of
 * a stack trace per click or job run. See docs/decisions/016.
 */
public final class DatabaseUnavailable {

    /** What a user is told; the form that failed stays open with what was typed. */
    public static final String MESSAGE =
            "The database is unavailable right now; your input is kept \u2014 try again in a moment.";

    /** What an API client is told, with status 503. */
    public static final String API_MESSAGE = "The database is unavailable right now; try again in a moment.";

    /** Failures closer together than this belong to one outage, logged once at WARN (the others at DEBUG). */
    static final Duration ONE_OUTAGE = Duration.ofMinutes(1);

    private static final String HIKARI_CLOSED = "Connection is closed";
    private static final AtomicLong lastSeenNanos = new AtomicLong(System.nanoTime() - ONE_OUTAGE.toNanos() - 1);

    private DatabaseUnavailable() {
    }

    /** Whether the error, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = error; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable error) {
        if (error instanceof DataAccessResourceFailureException || error instanceof CannotCreateTransactionException
                || error instanceof JDBCConnectionException || error instanceof SQLTransientConnectionException
                || error instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(error instanceof SQLException sql)) {
            return false;
        }
        // HikariCP's stand-in for a connection it closed as broken (a rollback on it fails with this, no SQLState)
        if (HIKARI_CLOSED.equals(sql.getMessage())) {
            return true;
        }
        // 08: connection exception; 57P01-57P03: the server is shutting down or starting up
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /**
     * Logs the outage: at WARN (one line, no stack trace) for its first failure, at DEBUG for the failures that
     * follow within {@link #ONE_OUTAGE} of each other.
     */
    public static void log(Logger log, String where, Throwable error) {
        long now = System.nanoTime();
        long previous = lastSeenNanos.getAndSet(now);
        if (now - previous > ONE_OUTAGE.toNanos()) {
            log.warn("Database unavailable ({}): {}; further failures of this outage are logged at DEBUG", where,
                    rootMessage(error));
        } else {
            log.debug("Database still unavailable ({}): {}", where, rootMessage(error));
        }
    }

    /** The driver's or the pool's own words (the deepest SQLException), else the root cause's. */
    private static String rootMessage(Throwable error) {
        Throwable chosen = error;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = error; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException || !(chosen instanceof SQLException)) {
                chosen = cause;
            }
        }
        return chosen.getClass().getSimpleName() + ": " + chosen.getMessage();
    }
}
