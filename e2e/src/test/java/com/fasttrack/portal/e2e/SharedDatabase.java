package com.fasttrack.portal.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.util.List;

/**
 * A PostgreSQL server of its own (embedded binaries, stopped when the test JVM ends) for portals that must share one
 * database, as several instances behind a load balancer do.
 */
final class SharedDatabase {

    private static EmbeddedPostgres postgres;

    private SharedDatabase() {
    }

    /** The arguments that point a portal at the shared database, with demo data on it. */
    static synchronized List<String> portalArguments() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }, "shared-postgres-stop"));
        }
        return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--portal.demo-data=true");
    }
}
