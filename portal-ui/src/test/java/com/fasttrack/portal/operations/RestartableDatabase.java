package com.fasttrack.portal.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL of one test's own (never the JVM's shared test database, which other tests use) that the test can
 * stop and start again on the same data directory and port, as an operator restarting the server would. The
 * application context its {@link Initializer} initialises points at it; it stops and its data goes when that
 * context closes.
 */
public final class RestartableDatabase {

    private static volatile RestartableDatabase current;

    private final Path directory;
    private final int port;
    private EmbeddedPostgres postgres;

    private RestartableDatabase(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** The database the current test context runs on. */
    public static RestartableDatabase current() {
        return current;
    }

    /** Starts a fresh database for the context, points the context at it, and removes it when the context closes. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            RestartableDatabase database = create();
            database.start();
            current = database;
            TestPropertyValues.of(
                    "spring.datasource.url=" + database.postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=").applyTo(context.getEnvironment());
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    database.destroy();
                }
            });
        }
    }

    private static RestartableDatabase create() {
        try (ServerSocket free = new ServerSocket(0)) {
            return new RestartableDatabase(Files.createTempDirectory("portal-outage-db"), free.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Starts the server on the kept data directory and the same port; returns once it accepts connections. */
    public synchronized void start() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test's own PostgreSQL", e);
        }
    }

    /** Stops the server (a fast shutdown: sessions are ended, committed data stays in the data directory). */
    public synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the test's own PostgreSQL", e);
        }
    }

    private synchronized void destroy() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException alreadyStopped) {
            // stopped by the test
        }
        FileSystemUtils.deleteRecursively(directory.toFile());
    }
}
