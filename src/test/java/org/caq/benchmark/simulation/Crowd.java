package org.caq.benchmark.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * People who press the same button at the same instant: each posts a start form's variables, as Tasklist sends them,
 * over {@code /engine-rest} with HTTP Basic, from an address of its own (127.0.x.y: 200 enterprises do not share one,
 * and the application's login limits count per address). One who is turned away as busy (503 with Retry-After) presses
 * again after the time it names, as its applicant would. Used by {@link DeadlineRush} (the application) and
 * {@link BareRush} (a bare Camunda starter), so that both sides are pressed and timed alike.
 */
final class Crowd {

    /** As an applicant does when told 系统繁忙…请在 N 秒后重试: presses 提交申报 again after N seconds, a few times. */
    private static final int ATTEMPTS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Crowd() {
    }

    /** One person: login, password and the form's values (String, Integer, Boolean). */
    record Person(String user, String password, Map<String, Object> form) {
    }

    /**
     * One press: the wait from the person's own press to the last answer, when that answer came (the JVM's nano
     * clock), and how often the person was turned away.
     */
    record Press(long millis, long answeredAt, int status, String body, int turnedAway) {
    }

    /** One rush: the presses and the common instant at which everybody pressed. */
    record Rush(List<Press> presses, long pressedAt, long wallMillis) {
    }

    private record Answer(int status, String body, int retryAfter) {
    }

    /** The people press {@code POST path} at once; returns when every one has the last answer. */
    static Rush rush(int port, String path, List<Person> people) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(people.size());
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Press>> pending = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            int serial = i;
            pending.add(threads.submit(() -> press(port, path, person, serial, gate)));
        }
        long start = System.nanoTime();
        gate.countDown();
        List<Press> done = new ArrayList<>();
        for (Future<Press> f : pending) {
            done.add(f.get());
        }
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        threads.shutdown();
        return new Rush(done, start, wallMillis);
    }

    /** One press, alone ({@code gate} null) or at the gate's opening. */
    static Press press(int port, String path, Person person, int serial, CountDownLatch gate) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("variables", typed(person.form())));
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString((person.user() + ":" + person.password())
                        .getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        InetAddress from = InetAddress.getByAddress(new byte[] {127, 0, (byte) (1 + serial / 250), (byte) (1 + serial % 250)});
        if (gate != null) {
            gate.await();
        }
        long start = System.nanoTime();
        Answer answer = send(port, from, head, body);
        int turnedAway = 0;
        while (answer.status() == 503 && answer.retryAfter() > 0 && turnedAway < ATTEMPTS - 1) {
            turnedAway++;
            Thread.sleep(answer.retryAfter() * 1000L);
            answer = send(port, from, head, body);
        }
        long answeredAt = System.nanoTime();
        return new Press((answeredAt - start) / 1_000_000, answeredAt, answer.status(), answer.body(), turnedAway);
    }

    private static Answer send(int port, InetAddress from, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            int at = headers.indexOf("\r\nretry-after: ");
            int retryAfter = at < 0 ? 0 : Integer.parseInt(headers.substring(at + 15, headers.indexOf("\r\n", at + 2)).trim());
            return new Answer(status, response.substring(response.indexOf("\r\n\r\n") + 4), retryAfter);
        }
    }

    /** The form's values as the REST API's typed variables, as Tasklist posts them. */
    private static Map<String, Object> typed(Map<String, Object> form) {
        Map<String, Object> variables = new HashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type",
                value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String")));
        return variables;
    }

    /**
     * Prints each rush (times from the common press, the figure the target is read against, and from each person's own
     * press) and the median p95; returns what failed.
     */
    static List<String> report(List<Rush> rushes) {
        List<String> problems = new ArrayList<>();
        List<Double> p95s = new ArrayList<>();
        for (int r = 0; r < rushes.size(); r++) {
            Rush rush = rushes.get(r);
            List<Press> done = rush.presses();
            long failed = done.stream().filter(s -> s.status() != 200).count();
            done.stream().filter(s -> s.status() != 200).limit(3)
                    .forEach(s -> System.out.println("FAILED " + s.status() + ": " + s.body()));
            if (failed > 0) {
                problems.add("rush " + (r + 1) + ": " + failed + " submissions failed");
            }
            // each person's own clock starts when its thread runs after the gate; on a busy machine that can be a second
            // after the common press, so the time from the press is the one the target is read against
            List<Long> own = done.stream().map(Press::millis).sorted().toList();
            List<Long> fromPress = done.stream().map(s -> (s.answeredAt() - rush.pressedAt()) / 1_000_000).sorted().toList();
            p95s.add(percentile(fromPress, 95) / 1000.0);
            System.out.printf(Locale.ROOT, "rush %d: from the common press p50 %.2f s, p95 %.2f s, max %.2f s; from each one's own press"
                    + " p50 %.2f s, p95 %.2f s; all done in %.1f s (%.1f submissions/s)%n", r + 1,
                    percentile(fromPress, 50) / 1000.0, percentile(fromPress, 95) / 1000.0,
                    fromPress.get(fromPress.size() - 1) / 1000.0, percentile(own, 50) / 1000.0, percentile(own, 95) / 1000.0,
                    rush.wallMillis() / 1000.0, done.size() * 1000.0 / rush.wallMillis());
            System.out.printf(Locale.ROOT, "rush %d: turned away (503, busy) and sent again after Retry-After: %d submissions, %d times%n",
                    r + 1, done.stream().filter(s -> s.turnedAway() > 0).count(), done.stream().mapToInt(Press::turnedAway).sum());
        }
        List<Double> sorted = p95s.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "p95 from the common press, per rush: %s; median %.2f s%n",
                p95s.stream().map(p -> String.format(Locale.ROOT, "%.2f s", p)).toList(), sorted.get((sorted.size() - 1) / 2));
        return problems;
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
