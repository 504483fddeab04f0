package com.fasttrack.portal.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL server of this test JVM (embedded binaries, stopped when the JVM ends): the packaged portal carries
 * no embedded database, so the journeys give it one here. Each portal gets a database of its own, or, for portals
 * that must share one as several instances behind a load balancer do, the shared one.
 */
final class SharedDatabase {

    private static final String USER = "postgres";

    private static EmbeddedPostgres postgres;

    private SharedDatabase() {
    }

    /** The arguments that point a portal at the database that all callers share. */
    static synchronized List<String> portalArguments() throws IOException {
        return arguments(server().getJdbcUrl(USER, "postgres"));
    }

    /** The arguments that point a portal at a new, empty database of its own. */
    static synchronized List<String> freshDatabaseArguments() throws IOException {
        String database = "portal_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + database, e);
        }
        return arguments(postgres.getJdbcUrl(USER, database));
    }

    private static List<String> arguments(String jdbcUrl) {
        return List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=");
    }

    private static EmbeddedPostgres server() throws IOException {
        if (postgres == null) {
            // several portals with their connection pools at once
            postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }, "shared-postgres-stop"));
        }
        return postgres;
    }
}
