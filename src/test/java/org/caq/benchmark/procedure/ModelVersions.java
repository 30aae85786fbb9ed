package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The two versions of the models a migration test moves cases between, both deployed through
 * {@code /engine-rest/deployment/create} with every form, as docs/administration.md deploys: "new", the models as an
 * administrator changes them (every user task renamed, prefixed {@link #MARK}, and the whole diagram moved), and then
 * "old", today's models from processes/ deployed again, so that every case and every case the procedure starts from
 * Java run on today's models. Cases move old → new by the guide's REST calls (generate, validate, execute) and back
 * with the engine's Java API, as an administrator undoing a redeploy would.
 */
final class ModelVersions {

    static final String MARK = "新版：";

    private final TestRestTemplate rest;
    private final RuntimeService runtime;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> oldIds;
    private final Map<String, String> newIds;
    private final Map<String, String> plans = new HashMap<>();

    private ModelVersions(TestRestTemplate rest, RuntimeService runtime, Map<String, String> newIds, Map<String, String> oldIds) {
        this.rest = rest;
        this.runtime = runtime;
        this.newIds = newIds;
        this.oldIds = oldIds;
    }

    static ModelVersions deploy(TestRestTemplate rest, RuntimeService runtime) {
        Map<String, String> newIds = deploy(rest, "migration-new", ModelVersions::changed);
        Map<String, String> oldIds = deploy(rest, "migration-old", UnaryOperator.identity());
        assertThat(newIds.keySet()).hasSize(files("processes", UnaryOperator.identity()).size()).isEqualTo(oldIds.keySet());
        return new ModelVersions(rest, runtime, newIds, oldIds);
    }

    /** Two sets already deployed, e.g. the models before a change (old) and today's (new). */
    static ModelVersions of(TestRestTemplate rest, RuntimeService runtime, Map<String, String> oldIds, Map<String, String> newIds) {
        return new ModelVersions(rest, runtime, newIds, oldIds);
    }

    /** Deploys the BPMN files of a directory as they are, with every form; answers each process key's definition id. */
    static Map<String, String> deployAsIs(TestRestTemplate rest, String name, String directory) {
        return deploy(rest, name, directory, UnaryOperator.identity());
    }

    String oldId(String key) {
        return oldIds.get(key);
    }

    String newId(String key) {
        return newIds.get(key);
    }

    /** Moves one case of the old version to the new one with the REST calls of the guide: generate, validate, execute. */
    void toNew(String processInstanceId, String key) {
        String plan = plans.computeIfAbsent(key, k -> {
            String generated = post("/migration/generate", "{\"sourceProcessDefinitionId\":\"" + oldIds.get(k)
                    + "\",\"targetProcessDefinitionId\":\"" + newIds.get(k) + "\",\"updateEventTriggers\":true}", HttpStatus.OK);
            assertThat(read(post("/migration/validate", generated, HttpStatus.OK)).path("instructionReports"))
                    .as("validation of the plan for " + k).isEmpty();
            return generated;
        });
        post("/migration/execute", "{\"migrationPlan\":" + plan + ",\"processInstanceIds\":[\"" + processInstanceId + "\"]}",
                HttpStatus.NO_CONTENT);
    }

    /** Moves a case of the new version back to the old one. */
    void toOld(String processInstanceId, String key) {
        runtime.newMigration(runtime.createMigrationPlan(newIds.get(key), oldIds.get(key)).mapEqualActivities()
                .updateEventTriggers().build()).processInstanceIds(processInstanceId).execute();
    }

    /**
     * Moves one case between two versions by the Java API with a plan file of docs/migration/ (each instruction's ids,
     * as they are, from {@code from} to {@code to}): e.g. a campaign of today's version back to one before its phases
     * (decision 0082), the same ids mapped out of their phases, as an administrator undoing the redeploy would.
     */
    static void moveBySameIds(RuntimeService runtime, String from, String to, String planFile, String processInstanceId) {
        MigrationPlanBuilder plan = runtime.createMigrationPlan(from, to);
        try {
            for (JsonNode instruction : new ObjectMapper().readTree(Files.readString(Path.of(planFile)))) {
                String id = instruction.path("sourceActivityIds").get(0).asText();
                MigrationInstructionBuilder mapped = plan.mapActivities(id, id);
                if (instruction.path("updateEventTrigger").asBoolean()) {
                    mapped.updateEventTrigger();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runtime.newMigration(plan.build()).processInstanceIds(processInstanceId).execute();
    }

    /** Today's model as an administrator changes it: tasks renamed, the layout moved; ids and flow unchanged. */
    private static String changed(String bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
        model.getModelElementsByType(UserTask.class).forEach(task -> task.setName(MARK + task.getName()));
        model.getModelElementsByType(Bounds.class).forEach(bounds -> bounds.setX(bounds.getX() + 40));
        model.getModelElementsByType(Waypoint.class).forEach(point -> point.setX(point.getX() + 40));
        return Bpmn.convertToString(model);
    }

    /** Deploys the models (as given or changed) with every form; answers each process key's new definition id. */
    private static Map<String, String> deploy(TestRestTemplate rest, String name, UnaryOperator<String> change) {
        return deploy(rest, name, "processes", change);
    }

    private static Map<String, String> deploy(TestRestTemplate rest, String name, String directory, UnaryOperator<String> change) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", name);
        body.add("deploy-changed-only", "false");
        files(directory, change).forEach((file, content) -> body.add(file, resource(file, content)));
        files("forms", UnaryOperator.identity()).forEach((file, content) -> body.add(file, resource(file, content)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<Map> answer = rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), Map.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        Map<String, String> ids = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) answer.getBody().get("deployedProcessDefinitions"))
                .forEach((id, definition) -> ids.put((String) definition.get("key"), id));
        return ids;
    }

    private static Map<String, String> files(String directory, UnaryOperator<String> change) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(Path.of(directory))) {
            for (Path path : paths.sorted().toList()) {
                files.put(path.getFileName().toString(), change.apply(Files.readString(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static ByteArrayResource resource(String file, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return file;
            }
        };
    }

    /** The guide's execute for one case, refused: answers the engine's message. */
    String toNewRefused(String processInstanceId, String key) {
        String plan = post("/migration/generate", "{\"sourceProcessDefinitionId\":\"" + oldIds.get(key)
                + "\",\"targetProcessDefinitionId\":\"" + newIds.get(key) + "\",\"updateEventTriggers\":true}", HttpStatus.OK);
        return post("/migration/execute", "{\"migrationPlan\":" + plan + ",\"processInstanceIds\":[\"" + processInstanceId + "\"]}",
                HttpStatus.BAD_REQUEST);
    }

    private String post(String path, String body, HttpStatus expected) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> answer = rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest" + path,
                new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(expected);
        return answer.getBody();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
