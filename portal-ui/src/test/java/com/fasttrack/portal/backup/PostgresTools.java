package com.fasttrack.portal.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server and its own {@code pg_dump}/{@code pg_restore}, of one major version, from the machine's
 * packages (Debian's {@code postgresql-NN} in {@code /usr/lib/postgresql/NN/bin}). The embedded binaries the other
 * tests use ship only the server (initdb, pg_ctl, postgres), and a {@code pg_dump} refuses a server of a newer
 * major version, so the backup test brings a server that matches the tools it has. As root (CI), the server runs in
 * a user namespace ({@code unshare -U}), as the embedded one does, since PostgreSQL refuses to run as root.
 */
final class PostgresTools implements AutoCloseable {

    private static final Path PACKAGES = Path.of("/usr/lib/postgresql");
    private static final List<String> NEEDED = List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore");

    private final Path bin;
    private final Path data;
    private final int port;

    private PostgresTools(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The newest installed major version that has the server and both tools. */
    static Optional<Path> installed() {
        if (!Files.isDirectory(PACKAGES)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(PACKAGES)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> NEEDED.stream().allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
                    .max(Comparator.comparingInt(PostgresTools::major));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    /** A new server with its data in a temporary directory, listening on the loopback only. */
    static PostgresTools start(Path bin) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("portal-backup-pg");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PostgresTools server = new PostgresTools(bin, data, port);
        server.asServer("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8");
        server.asServer("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", data.resolve("server.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=" + data, "start");
        return server;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    int major() {
        return major(bin);
    }

    /** As the README says: custom format, no owners, so it restores into a database of any owner. */
    void dump(String database, Path file) throws IOException, InterruptedException {
        run(List.of(tool("pg_dump"), "--format=custom", "--no-owner", "--host=localhost", "--port=" + port,
                "--username=postgres", "--dbname=" + database, "--file=" + file));
    }

    /** Into an empty database; any error fails (rather than a warning count at the end). */
    void restore(Path file, String database) throws IOException, InterruptedException {
        run(List.of(tool("pg_restore"), "--no-owner", "--exit-on-error", "--host=localhost", "--port=" + port,
                "--username=postgres", "--dbname=" + database, file.toString()));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        asServer("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    /** initdb and pg_ctl refuse root; in a user namespace of its own, root is nobody. */
    private void asServer(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(tool(name));
        command.addAll(Arrays.asList(arguments));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }
}
