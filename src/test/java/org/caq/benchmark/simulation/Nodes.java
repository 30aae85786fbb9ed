package org.caq.benchmark.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Where a task is completed: on this node through the engine's Java API, or — in a cluster — every other one on
 * the second node through its REST API (as Tasklist does), logged in as the task's person.
 */
class Nodes implements AutoCloseable {

    static final String PASSWORD = "sim";

    private final ProcessEngine engine;
    private final Process second;
    private final String secondBase;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong turn = new AtomicLong();
    private final AtomicLong remote = new AtomicLong();

    private Nodes(ProcessEngine engine, Process second, String secondBase) {
        this.engine = engine;
        this.second = second;
        this.secondBase = secondBase;
    }

    static Nodes single(ProcessEngine engine) {
        return new Nodes(engine, null, null);
    }

    /** Starts the second node in its own JVM with these settings and waits until it serves. */
    static Nodes cluster(ProcessEngine engine, List<String> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-Xmx2g", "-cp",
                System.getProperty("java.class.path"), ClusterNode.class.getName()));
        command.addAll(settings);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("NODE READY ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new Nodes(engine, node, "http://localhost:" + line.substring(11).trim());
            }
        }
        throw new IllegalStateException("the second node did not start");
    }

    boolean clustered() {
        return second != null;
    }

    long remoteCompletions() {
        return remote.get();
    }

    void complete(String taskId, String user, List<String> groups, Map<String, Object> variables) {
        if (second != null && turn.incrementAndGet() % 2 == 0) {
            completeRemotely(taskId, user, variables);
            remote.incrementAndGet();
            return;
        }
        Person.as(engine.getIdentityService(), user, groups, () -> engine.getTaskService().complete(taskId, variables));
    }

    private void completeRemotely(String taskId, String user, Map<String, Object> variables) {
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((name, value) -> typed.put(name, typed(value)));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(secondBase + "/engine-rest/task/" + taskId + "/complete"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + (user.startsWith("sim-") ? PASSWORD : "demo")).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("variables", typed)))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 204) {
                throw new IllegalStateException("node 2 refused " + taskId + " for " + user + " (" + response.statusCode() + "): " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> typed(Object value) {
        Map<String, Object> typed = new HashMap<>();
        if (value instanceof SpinJsonNode node) {
            typed.put("value", node.toString());
            typed.put("type", "Json");
        } else {
            typed.put("value", value);
            typed.put("type", value == null ? "Null" : value.getClass().getSimpleName());
        }
        return typed;
    }

    @Override
    public void close() {
        if (second != null) {
            try {
                second.getOutputStream().close();
                second.waitFor();
            } catch (IOException e) {
                second.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                second.destroy();
            }
        }
    }
}
