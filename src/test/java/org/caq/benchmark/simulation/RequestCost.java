package org.caq.benchmark.simulation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.caq.benchmark.TestPostgres;

/**
 * Per-request cost of authentication and authorization, side by side: the application and a bare Camunda starter
 * with authorization on and Camunda's HTTP Basic filter, each in its own JVM on a fresh database (in-memory H2; with
 * {@code -Dsimulation.database=postgres} a database each on the tests' own PostgreSQL), asked the same calls as the
 * same user (office), one after the other in turn, after a warm-up. Prints p50 and p95 of each call and the ratio of
 * the p50s.
 */
public final class RequestCost {

    private static final int WARMUP = Integer.getInteger("simulation.warmup", 300);
    private static final int REQUESTS = Integer.getInteger("simulation.requests", 400);
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("office:demo".getBytes(StandardCharsets.UTF_8));

    /**
     * What is asked of both sides. {@code /api/request-cost/ping} is the same trivial Spring MVC call on both
     * ({@link org.caq.benchmark.simulation.bare.RequestCostPing}): the application's {@code /api} filter chain against
     * Camunda's Basic filter in front of the same work.
     */
    private record Call(String name, String appPath, String barePath) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("GET /engine-rest/version", "/engine-rest/version", "/engine-rest/version"),
            new Call("GET /engine-rest/task/count", "/engine-rest/task/count", "/engine-rest/task/count"),
            new Call("GET /engine-rest/task?maxResults=15", "/engine-rest/task?maxResults=15", "/engine-rest/task?maxResults=15"),
            new Call("GET /api/request-cost/ping", "/api/request-cost/ping", "/api/request-cost/ping"));

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        boolean postgres = "postgres".equals(System.getProperty("simulation.database"));
        TestPostgres server = postgres ? TestPostgres.shared() : null;
        Process app = start("app", postgres ? List.of(server.createDatabase("request_cost_app"), server.user()) : List.of());
        Process bare = start("bare", postgres ? List.of(server.createDatabase("request_cost_bare"), server.user()) : List.of());
        System.out.println("database: " + (postgres ? "PostgreSQL (the tests' own), a database each" : "in-memory H2, each its own"));
        try {
            String appBase = "http://localhost:" + portOf(app);
            String bareBase = "http://localhost:" + portOf(bare);
            System.out.printf(Locale.ROOT, "%-50s %10s %10s %10s %10s %8s%n", "call (office, HTTP Basic)", "app p50", "app p95",
                    "bare p50", "bare p95", "ratio");
            for (Call call : CALLS) {
                List<Double> appMillis = new ArrayList<>();
                List<Double> bareMillis = new ArrayList<>();
                for (int i = 0; i < WARMUP + REQUESTS; i++) {
                    double a = time(client, appBase + call.appPath());
                    double b = time(client, bareBase + call.barePath());
                    if (i >= WARMUP) {
                        appMillis.add(a);
                        bareMillis.add(b);
                    }
                }
                System.out.printf(Locale.ROOT, "%-50s %8.2f ms %7.2f ms %7.2f ms %7.2f ms %7.2fx%n", call.name(), percentile(appMillis, 50),
                        percentile(appMillis, 95), percentile(bareMillis, 50), percentile(bareMillis, 95),
                        percentile(appMillis, 50) / percentile(bareMillis, 50));
            }
        } finally {
            app.getOutputStream().close();
            bare.getOutputStream().close();
            app.waitFor();
            bare.waitFor();
            if (server != null) {
                // this JVM is no Spring application: the shared server's shutdown handler would not run
                server.close();
            }
        }
    }

    /** Each side in its own JVM; with {@code -Dsimulation.jfr=DIR} each records a JFR profile to DIR/request-cost-SIDE.jfr. */
    private static Process start(String which, List<String> database) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-Xmx1g"));
        String jfr = System.getProperty("simulation.jfr");
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr + "/request-cost-" + which + ".jfr");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RequestCostServer.class.getName(), which));
        command.addAll(database);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String portOf(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> said = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            said.add(line);
            if (line.startsWith("PORT ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring(5).trim();
            }
        }
        throw new IllegalStateException("a server did not start:\n" + String.join("\n", said.subList(Math.max(0, said.size() - 40), said.size())));
    }

    private static double time(HttpClient client, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", BASIC).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return millis;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
