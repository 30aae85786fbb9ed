package org.caq.benchmark.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Start-up of the application against a bare Camunda webapp starter on the same machine and class path: each
 * started in its own JVM, alternately, five times; the medians of the JVM's time to ready are compared.
 */
public final class StartupComparison {

    private static final int RUNS = 5;

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            bare.add(probe("bare"));
            app.add(probe("app"));
        }
        long appMedian = median(app);
        long bareMedian = median(bare);
        System.out.printf(Locale.ROOT, "start-up (JVM to ready, median of %d): application %.1f s %s, bare Camunda webapp starter %.1f s %s: ratio %.2fx%n",
                RUNS, appMedian / 1000.0, app, bareMedian / 1000.0, bare, appMedian / (double) bareMedian);
    }

    private static long probe(String which) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), StartupProbe.class.getName(), which).redirectErrorStream(true).start();
        long ready = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("STARTUP ")) {
                    ready = Long.parseLong(line.substring(8).trim());
                }
            }
        }
        if (process.waitFor() != 0 || ready < 0) {
            throw new IllegalStateException(which + " did not start");
        }
        return ready;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
