package org.caq.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caq.benchmark.simulation.ClusterNode;

/**
 * The application in a JVM of its own, started the way the simulation starts its second node, for tests that kill
 * it (kill -9) or take its database away. Its output goes to {@code target/child-<name>.log}.
 */
public final class ChildApplication implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("NODE READY (\\d+)");

    private final Process process;
    private final int port;

    private ChildApplication(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the application with these settings (as --key=value) and waits until it serves. */
    public static ChildApplication start(String name, Map<String, Object> settings) {
        // an empty entry would put the working directory, with its processes/ and forms/, on the class path twice
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !entry.equals(".")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-Xmx768m",
                "-cp", classPath, ClusterNode.class.getName()));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path log = Files.createDirectories(Path.of("target").toAbsolutePath()).resolve("child-" + name + ".log");
            Process process = new ProcessBuilder(command).directory(Files.createTempDirectory("benchmark-child-").toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ChildApplication(process, awaitReady(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int awaitReady(Process process, Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        long from = Files.size(log);
        while (Instant.now().isBefore(deadline)) {
            // the log is appended to across runs: this start's part begins at byte (not character) number from
            byte[] bytes = Files.readAllBytes(log);
            String output = new String(bytes, (int) from, bytes.length - (int) from, StandardCharsets.UTF_8);
            Matcher ready = READY.matcher(output);
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
            if (!process.isAlive()) {
                String[] lines = output.split("\n");
                throw new IllegalStateException("the application exited while starting; see " + log + "; its last lines:\n"
                        + String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length)));
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not start within 5 minutes; see " + log);
    }

    public int port() {
        return port;
    }

    /** The application's threads as jstack prints them, for a test that waited in vain. */
    public String threadDump() {
        try {
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    String.valueOf(process.pid())).redirectErrorStream(true).start();
            String dump = new String(jstack.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jstack.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            return dump;
        } catch (IOException | InterruptedException e) {
            return "no thread dump: " + e;
        }
    }

    /** kill -9: the process ends at once, without any of its shutdown code. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops it as the simulation does: its standard input closes and it shuts down in order. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
