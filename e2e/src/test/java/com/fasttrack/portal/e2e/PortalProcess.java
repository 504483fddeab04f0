package com.fasttrack.portal.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The packaged portal jar started as a developer would start it on a PostgreSQL server: {@code java -jar} with the
 * {@code dev} profile (demo data and its logins), on a free port. The jar has no embedded database, so the portal
 * runs on a database of its own on this JVM's {@link SharedDatabase} server unless the arguments name one.
 */
final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PortalProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    private static PortalProcess shared;

    /** One portal for all journeys of this test JVM (each journey makes its own data); stopped when the JVM ends. */
    static synchronized PortalProcess shared() throws IOException {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
            PortalProcess started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "portal-stop"));
        }
        return shared;
    }

    static PortalProcess start() throws IOException {
        return start(List.of());
    }

    /**
     * A portal started with these extra arguments (e.g. {@link SharedDatabase#portalArguments()}, a datasource shared
     * with another instance); the {@code dev} profile unless they set profiles of their own.
     */
    static PortalProcess start(List<String> arguments) throws IOException {
        Path work = newWorkDirectory();
        int port = freePort();
        Path log = work.resolve("portal.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch());
        command.add("--server.port=" + port);
        // several portals run at once: the actuator's own server on a free port, not the fixed 9090 (a journey
        // that reads the metrics names the port itself)
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--management.server.port="))) {
            command.add("--management.server.port=0");
        }
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--spring.datasource.url="))) {
            command.addAll(SharedDatabase.freshDatabaseArguments());
        }
        boolean dev = arguments.stream().noneMatch(argument -> argument.startsWith("--spring.profiles.active="));
        if (dev) {
            command.add("--spring.profiles.active=dev");
        }
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PortalProcess portal = new PortalProcess(process, port, log);
        try {
            await("portal answers on port " + port).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Portal exited: " + Files.readString(log));
                        }
                        return portal.status("/login") == 200 && (!dev || Files.readString(log).contains("Demo data:"));
                    });
        } catch (RuntimeException e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    /** The packaged portal that {@code ./mvnw verify} built before this module's tests. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("portal.jar", "../portal-ui/target/portal-ui.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Packaged portal not found at " + jar.toAbsolutePath()
                    + "; run ./mvnw verify from the repository root");
        }
        return jar.toAbsolutePath();
    }

    /**
     * How the jar is started: from the AOT cache that packaging built (decision record 023: {@code -XX:AOTCache} on
     * the extracted jar, as the Dockerfile and the README start it), or the packaged jar itself when the build skipped
     * the cache ({@code -Dportal.aot.skip=true}).
     */
    static List<String> launch() {
        Path aot = Path.of(System.getProperty("portal.aot.dir", "../portal-ui/target/aot")).toAbsolutePath();
        Path cache = aot.resolve("portal.aot");
        Path extracted = aot.resolve("portal-ui.jar");
        if (Files.exists(cache) && Files.exists(extracted)) {
            return List.of("-XX:AOTCache=" + cache, "-jar", extracted.toString());
        }
        return List.of("-jar", jar().toString());
    }

    /** An empty directory of its own to start a portal in. */
    static Path newWorkDirectory() throws IOException {
        Path work = Path.of(System.getProperty("portal.e2e.workdir", "target/e2e-work"))
                .resolve(UUID.randomUUID().toString());
        return Files.createDirectories(work);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            connection.setInstanceFollowRedirects(false);
            return connection.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
