package org.caq.benchmark.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A member of the public objecting through the public endpoint, without a login, as the publicity page does. */
final class Objector {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    Objector(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Submits an objection to the application; returns its number. */
    String object(String application, int serial) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("applicationNumber", application);
        form.put("name", "模拟异议人" + serial);
        form.put("phone", String.format("139%08d", serial));
        form.put("grounds", "该企业申报材料中近三年利润数据与其公开年报不一致，请核实。");
        form.put("pledge", "true");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/public/api/objections"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("objection refused (" + response.statusCode() + "): " + response.body());
            }
            return json.readTree(response.body()).get("number").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
