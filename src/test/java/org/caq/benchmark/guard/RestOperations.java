package org.caq.benchmark.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of Camunda's REST API that is not a GET, read from the API's own OpenAPI description (openapi.json of
 * org.camunda.bpm:camunda-engine-rest-openapi), each with a request built from the description's example and filled
 * with real ids, so that each operation would act on real data if it were allowed.
 */
final class RestOperations {

    /** A request: method, path below the REST API's root, body and its content type (null for none). */
    record Request(String operationId, String method, String path, String contentType, String body) {

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    /** Operations that read and change nothing: queries sent as POST, the option lists, plan and password checks. */
    static boolean reads(Request request) {
        String id = request.operationId();
        return request.method().equals("OPTIONS") || id.startsWith("query") || id.startsWith("postQuery")
                || id.startsWith("postExecuteFilter") || READS.contains(id);
    }

    private static final Set<String> READS = Set.of("checkPassword", "generateMigrationPlan", "validateMigrationPlan",
            // no external tasks exist in this product: nothing to lock, the answer is an empty list
            "fetchAndLock",
            // Camunda 7.24 keeps the telemetry endpoint for compatibility and ignores what it is sent
            "configureTelemetry");

    private static final Set<String> SKIPPED_METHODS = Set.of("get", "head", "parameters");

    private RestOperations() {
    }

    static List<Request> all(Map<String, String> ids) {
        JsonNode spec = spec();
        List<Request> requests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!SKIPPED_METHODS.contains(operation.getKey())) {
                    requests.add(request(path.getKey(), operation.getKey(), operation.getValue(), ids));
                }
            }
        }
        return requests;
    }

    private static JsonNode spec() {
        try (InputStream in = RestOperations.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is not on the test classpath (camunda-engine-rest-openapi)");
            }
            return EngineRest.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Request request(String template, String method, JsonNode operation, Map<String, String> ids) {
        String path = path(template, ids);
        JsonNode content = operation.path("requestBody").path("content");
        String id = operation.path("operationId").asText();
        if (content.has("multipart/form-data")) {
            return new Request(id, method.toUpperCase(), path, Multipart.CONTENT_TYPE, Multipart.forPath(path));
        }
        if (content.has("application/json")) {
            JsonNode example = example(content.path("application/json"));
            return new Request(id, method.toUpperCase(), path, "application/json",
                    EngineRest.json(example == null ? EngineRest.JSON.createObjectNode() : fill(example.deepCopy(), ids)));
        }
        return new Request(id, method.toUpperCase(), path, null, null);
    }

    private static JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        Iterator<JsonNode> examples = media.path("examples").elements();
        return examples.hasNext() ? examples.next().get("value") : null;
    }

    /** The path with each parameter replaced by a real id of its resource ({@code ids} by "resource/param"). */
    private static String path(String template, Map<String, String> ids) {
        String resource = template.split("/")[1];
        StringBuilder path = new StringBuilder();
        for (String segment : template.substring(1).split("/")) {
            path.append('/');
            if (segment.startsWith("{")) {
                String param = segment.substring(1, segment.length() - 1);
                path.append(ids.getOrDefault(resource + "/" + param, ids.getOrDefault(param, "none")));
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    /** Replaces the example's ids, keys and names by real ones of the same kind ({@code ids} by field name). */
    private static JsonNode fill(JsonNode node, Map<String, String> ids) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String real = ids.get(field.getKey());
                if (real != null && field.getValue().isTextual()) {
                    field.setValue(EngineRest.JSON.getNodeFactory().textNode(real));
                } else if (real != null && field.getValue().isArray()) {
                    ArrayNode list = EngineRest.JSON.createArrayNode().add(real);
                    field.setValue(list);
                } else {
                    fill(field.getValue(), ids);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> fill(element, ids));
        }
        return node;
    }

    /** The multipart bodies: an attachment, a variable's binary value, a deployment. */
    static final class Multipart {

        static final String BOUNDARY = "guardwalkboundary";
        static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        private Multipart() {
        }

        static String forPath(String path) {
            if (path.endsWith("/attachment/create")) {
                return body(Map.of("attachment-name", "审计员的附件", "attachment-type", "text/plain", "url", "https://example.invalid/a"));
            }
            if (path.endsWith("/deployment/create")) {
                return part("deployment-name", "audit-deploy") + file("data", "audit-deploy.bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                          <process id="audit-deploy" isExecutable="true" camunda:historyTimeToLive="P1D">
                            <startEvent id="StartEvent_Begin"/>
                          </process>
                        </definitions>""") + "--" + BOUNDARY + "--\r\n";
            }
            return file("data", "value.bin", "审计员写入的值") + part("valueType", "Bytes") + "--" + BOUNDARY + "--\r\n";
        }

        static String body(Map<String, String> parts) {
            StringBuilder body = new StringBuilder();
            parts.forEach((name, value) -> body.append(part(name, value)));
            return body.append("--").append(BOUNDARY).append("--\r\n").toString();
        }

        static String part(String name, String value) {
            return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n";
        }

        static String file(String name, String fileName, String content) {
            return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
        }
    }
}
