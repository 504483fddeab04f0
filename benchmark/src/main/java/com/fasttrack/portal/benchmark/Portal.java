package com.fasttrack.portal.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The packaged portal as e2e's PortalProcess starts it ({@code java -jar}, the {@code dev} profile, a database on
 * an embedded PostgreSQL of this JVM), with {@code -Xmx1g}, the scale data set, Tomcat's access log (time taken in
 * microseconds and bytes sent per request) and PostgreSQL logging every statement with the portal's application
 * name, which is how the benchmark counts statements without changing the jar.
 */
final class Portal implements AutoCloseable {

    static final String APPLICATION_NAME = "portal-bench";

    private final EmbeddedPostgres postgres;
    private final Path work;
    private final String jdbcUrl;
    private Process process;
    private int port;
    private Path log;

    private Portal(EmbeddedPostgres postgres, Path work, String jdbcUrl) {
        this.postgres = postgres;
        this.work = work;
        this.jdbcUrl = jdbcUrl;
    }

    /** A PostgreSQL with an empty database for the portal; nothing started yet. */
    static Portal prepare(Path work) throws IOException {
        Files.createDirectories(work.resolve("pg-log"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", work.resolve("pg-log").toAbsolutePath().toString())
                .setServerConfig("log_filename", "postgresql.log")
                .setServerConfig("log_rotation_age", "0")
                .setServerConfig("log_rotation_size", "0")
                .setServerConfig("log_statement", "all")
                .setServerConfig("log_line_prefix", "%a ")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database portal");
        } catch (SQLException e) {
            throw new IOException("Could not create the portal's database", e);
        }
        return new Portal(postgres, work, postgres.getJdbcUrl("postgres", "portal") + "&ApplicationName="
                + APPLICATION_NAME);
    }

    /** Starts the jar and waits for its first HTTP 200 on the login page; returns the time that took. */
    Duration start(Path jar, String name) throws IOException {
        port = freePort();
        log = work.resolve(name + ".log");
        Path accessLogs = work.resolve(name + "-access");
        Files.createDirectories(accessLogs);
        // as the README runs it: the extracted jar with the AOT cache built at package time (decision 023), if
        // the build made one (JDK 25+, not skipped); the cache was trained with -Xmx1g and this JDK
        Path aot = jar.toAbsolutePath().getParent().resolve("aot");
        List<String> launch = Files.exists(aot.resolve("portal.aot"))
                ? List.of("-XX:AOTCache=" + aot.resolve("portal.aot"), "-jar", aot.resolve("portal-ui.jar").toString())
                : List.of("-jar", jar.toAbsolutePath().toString());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(launch);
        command.addAll(List.of(
                "--server.port=" + port, "--server.address=127.0.0.1", "--management.server.port=0",
                "--spring.profiles.active=dev", "--portal.demo-data=scale",
                // the heap rows keep K tabs open in one browser whose cookies are cleared between them: with the
                // portal's 15 s heartbeat the older tabs' heartbeats would carry the newest session's cookie and
                // their own UIs be closed as vanished (decision 026), so heap and UIs per session would read low;
                // at 300 s no heartbeat falls within a heap row, and only the unload beacons give UIs back
                "--vaadin.heartbeatInterval=300",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + accessLogs.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.file-date-format=", "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false",
                "--server.tomcat.accesslog.pattern=%D %B %s %r"));
        long started = System.nanoTime();
        process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (status("/login") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The portal did not answer within 5 minutes; see " + log);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits for the log line that says the scale data set is in (seeded now or before) and returns it. */
    String awaitSeeded() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log)) {
                if (line.contains("Scale data:")) {
                    return line.substring(line.indexOf("Scale data:"));
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited; see " + log);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
        throw new IllegalStateException("No 'Scale data:' line within 10 minutes; see " + log);
    }

    /** The log line of the demo data's own start-up check, with the time it took measured by the log. */
    String logLine(String containing) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains(containing)).findFirst().orElse("");
    }

    Path accessLog() {
        return log.resolveSibling(log.getFileName().toString().replace(".log", "-access")).resolve("access.log");
    }

    Path statementLog() {
        return work.resolve("pg-log").resolve("postgresql.log");
    }

    long pid() {
        return process.pid();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(10_000);
            connection.setInstanceFollowRedirects(false);
            return connection.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    /** Stops the jar, leaving the database for the next start. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    @Override
    public void close() throws IOException {
        stop();
        postgres.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
