package com.fasttrack.portal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL that tests run against, one per test JVM: a fresh embedded instance by default, or, when
 * {@code PORTAL_TEST_DB_URL} is set (e.g. {@code jdbc:postgresql://localhost:5432/postgres?user=u&password=p}),
 * a uniquely named database created on that server for this run and dropped when the JVM ends.
 */
public final class TestDatabase {

    private static volatile TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private TestDatabase(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    String external = System.getenv("PORTAL_TEST_DB_URL");
                    instance = external == null || external.isBlank() ? embedded() : onServer(external);
                }
            }
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /**
     * A new, empty database on the same server (no schema yet), for a test that needs a fresh installation; dropped
     * when the JVM ends.
     */
    public TestDatabase createEmpty() {
        String database = "portal_empty_" + UUID.randomUUID().toString().replace("-", "");
        execute(jdbcUrl, username, password, "create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(jdbcUrl, username, password, "drop database if exists " + database + " with (force)");
            } catch (IllegalStateException serverAlreadyStopped) {
                // an embedded server takes its databases with it
            }
        }, "empty-database-drop"));
        return new TestDatabase(withDatabase(jdbcUrl, database), username, password);
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary data directory goes with it
                }
            }, "test-postgres-stop"));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static TestDatabase onServer(String serverUrl) {
        String database = "portal_test_" + UUID.randomUUID().toString().replace("-", "");
        String user = System.getenv().getOrDefault("PORTAL_TEST_DB_USERNAME", "");
        String password = System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", "");
        execute(serverUrl, user, password, "create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, password, "drop database if exists " + database + " with (force)"),
                "test-database-drop"));
        return new TestDatabase(withDatabase(serverUrl, database), user, password);
    }

    static String withDatabase(String serverUrl, String database) {
        URI uri = URI.create(serverUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + database + query;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = user.isEmpty()
                ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }
}
