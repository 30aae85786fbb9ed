package org.caq.benchmark.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestSettings;
import org.caq.benchmark.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A read-only role changes nothing anywhere (issue 14): the auditor sends every non-GET operation of the engine's REST
 * API, as its OpenAPI description lists them, with real ids of running cases, through /engine-rest and through the
 * Cockpit login, and every write endpoint of the project's /api; the database is the same afterwards, the writes are
 * refused and the reads Cockpit needs still answer.
 */
@BenchmarkSpringTest
class ReadOnlyRolesIT {

    @Autowired ApplicationContext context;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;
    @Autowired TestRestTemplate rest;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    RunningCases.Made cases;
    Map<String, String> ids;

    @BeforeEach
    void realIds() {
        cases = RunningCases.ensure(context);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(cases.objection().instance()).singleResult();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(cases.publicityCampaign().instance()).singleResult();
        String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cases.objection().instance())
                .singleResult().getProcessDefinitionId();
        String deployment = engine.getRepositoryService().getProcessDefinition(definition).getDeploymentId();
        String comment = engine.getTaskService().getTaskComments(task.getId()).stream().findFirst().map(c -> c.getId())
                .orElseGet(() -> engine.getTaskService().createComment(task.getId(), cases.objection().instance(), "办公室的评论").getId());
        String attachment = engine.getTaskService().getTaskAttachments(task.getId()).stream().findFirst().map(a -> a.getId())
                .orElseGet(() -> engine.getTaskService().createAttachment("text/plain", task.getId(), cases.objection().instance(),
                        "办公室的附件", null, "https://example.invalid/office").getId());
        Authorization grant = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("auditor").list().get(0);
        ids = new HashMap<>();
        ids.put("task/id", task.getId());
        ids.put("process-instance/id", cases.publicityCampaign().instance());
        ids.put("process-instance/varName", "campaignNumber");
        ids.put("execution/id", cases.objection().instance());
        ids.put("task/varName", "objectionSummary");
        ids.put("execution/varName", "anything");
        ids.put("process-definition/id", definition);
        ids.put("process-definition/key", "benchmark-objection");
        ids.put("deployment/id", deployment);
        ids.put("job/id", job.getId());
        ids.put("job-definition/id", job.getJobDefinitionId());
        ids.put("filter/id", engine.getFilterService().createFilterQuery().filterName("我的待办").singleResult().getId());
        ids.put("user/id", "applicant2");
        ids.put("group/id", "office");
        ids.put("group/userId", "auditor");
        ids.put("authorization/id", grant.getId());
        ids.put("history/id", cases.listedApplication().instance());
        ids.put("history/operationId", engine.getHistoryService().createUserOperationLogQuery().list().get(0).getOperationId());
        ids.put("commentId", comment);
        ids.put("attachmentId", attachment);
        ids.put("messageName", "ObjectionsSettled");
        ids.put("processInstanceId", cases.objection().instance());
        ids.put("processInstanceIds", cases.objection().instance());
        ids.put("historicProcessInstanceIds", cases.objection().instance());
        ids.put("taskId", task.getId());
        ids.put("executionId", cases.objection().instance());
        ids.put("processDefinitionId", definition);
        ids.put("processDefinitionKey", "benchmark-objection");
        ids.put("deploymentId", deployment);
        ids.put("jobId", job.getId());
        ids.put("jobIds", job.getId());
        ids.put("jobDefinitionId", job.getJobDefinitionId());
        ids.put("businessKey", cases.objection().key());
        ids.put("username", "applicant2");
        ids.put("password", "wrong-password");
    }

    @Test
    void changes_nothing_through_any_operation_of_the_engine_rest_api_as_the_auditor() {
        List<RestOperations.Request> requests = RestOperations.all(ids);
        assertThat(requests).hasSizeGreaterThan(190);
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        Map<String, Integer> writesAnswered = new LinkedHashMap<>();
        List<String> answers = new ArrayList<>();
        for (RestOperations.Request request : requests) {
            ResponseEntity<String> answer = auditor(request);
            answers.add(request + " -> " + answer.getStatusCode().value() + " " + abbreviated(answer.getBody()));
            if (!RestOperations.reads(request) && answer.getStatusCode().is2xxSuccessful()) {
                writesAnswered.put(request.toString(), answer.getStatusCode().value());
            }
        }
        record("engine-rest", answers);

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
        assertThat(writesAnswered).as("writes the auditor's call got through").isEmpty();
    }

    @Test
    void changes_nothing_through_any_operation_of_the_webapps_api_behind_the_cockpit_login() {
        WebSession cockpit = new WebSession(port);
        assertThat(cockpit.login("cockpit", "auditor", "demo")).isEqualTo(200);
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        Map<String, Integer> writesAnswered = new LinkedHashMap<>();
        List<String> answers = new ArrayList<>();
        for (RestOperations.Request request : RestOperations.all(ids)) {
            var answer = cockpit.send(request.method(), "/camunda/api/engine/engine/default" + request.path(),
                    request.contentType(), request.body());
            answers.add(request + " -> " + answer.statusCode() + " " + abbreviated(answer.body()));
            if (!RestOperations.reads(request) && answer.statusCode() / 100 == 2) {
                writesAnswered.put(request.toString(), answer.statusCode());
            }
        }
        record("cockpit-session", answers);

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
        assertThat(writesAnswered).as("writes the auditor's call got through").isEmpty();
    }

    @Test
    void refuses_the_auditor_a_comment_or_an_attachment_on_a_task_it_may_read_and_any_change_to_its_own_account() {
        String task = ids.get("task/id");
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        List<ResponseEntity<String>> answers = List.of(
                auditor(new RestOperations.Request("createComment", "POST", "/task/" + task + "/comment/create",
                        "application/json", "{\"message\":\"审计员的评论\"}")),
                auditor(new RestOperations.Request("addAttachment", "POST", "/task/" + task + "/attachment/create",
                        RestOperations.Multipart.CONTENT_TYPE, RestOperations.Multipart.forPath("/attachment/create"))),
                // Camunda grants every user all permissions on their own account
                auditor(new RestOperations.Request("updateProfile", "PUT", "/user/auditor/profile", "application/json",
                        "{\"id\":\"auditor\",\"firstName\":\"改\",\"lastName\":\"名\",\"email\":\"a@demo.invalid\"}")),
                auditor(new RestOperations.Request("deleteUser", "DELETE", "/user/auditor", null, null)));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).isEqualTo(403);
            assertThat(answer.getBody()).contains("审计监督人员只能查阅");
        });
        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
        assertThat(rest.withBasicAuth("office", "demo").getForEntity("/engine-rest/task/" + task + "/comment", String.class).getBody())
                .doesNotContain("审计员的评论");
    }

    @Test
    void still_lets_the_auditor_read_what_cockpit_shows() {
        WebSession cockpit = new WebSession(port);
        cockpit.login("cockpit", "auditor", "demo");
        String instance = cases.publicityCampaign().instance();
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        assertThat(cockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode()).isEqualTo(200);
        assertThat(cockpit.post("/camunda/api/cockpit/plugin/base/default/process-instance", "application/json",
                "{\"processDefinitionKey\":\"benchmark-campaign\"}").body()).contains(instance);
        assertThat(cockpit.post("/camunda/api/cockpit/plugin/base/default/process-instance/count", "application/json", "{}").statusCode())
                .isEqualTo(200);
        assertThat(cockpit.post("/camunda/api/cockpit/plugin/base/default/incident", "application/json", "{}").statusCode()).isEqualTo(200);
        assertThat(cockpit.get("/camunda/api/engine/engine/default/process-instance/" + instance + "/activity-instances").statusCode())
                .isEqualTo(200);
        assertThat(cockpit.get("/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn=" + instance).body())
                .contains("campaignNumber");
        assertThat(cockpit.post("/camunda/api/engine/engine/default/history/process-instance", "application/json",
                "{\"processInstanceId\":\"" + instance + "\"}").body()).contains(instance);
        assertThat(cockpit.post("/camunda/api/engine/engine/default/history/activity-instance", "application/json",
                "{\"processInstanceId\":\"" + instance + "\"}").statusCode()).isEqualTo(200);
        assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + cases.objection().key(), String.class)
                .getStatusCode().value()).isEqualTo(200);

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    @Test
    void refuses_the_auditor_every_write_endpoint_of_the_project_s_api() {
        Map<String, String> apiIds = Map.of("number", cases.ownApplication().key(), "campaign", "2021-shandong",
                "group", "MANAGEMENT", "/api/documents/{id}", document(), "/api/reviews/{id}", review(), "userId", "applicant1", "unit", "shandong-jinan");
        List<String> writes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/")).forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                        .filter(verb -> !Set.of("GET", "HEAD", "OPTIONS").contains(verb.name()))
                        .forEach(verb -> writes.add(verb.name() + " " + pattern))));
        assertThat(writes).isNotEmpty();
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        for (String write : writes) {
            String[] parts = write.split(" ");
            String path = parts[1];
            for (Map.Entry<String, String> id : apiIds.entrySet()) {
                path = id.getKey().startsWith("/") ? path.replace(id.getKey(), id.getKey().replace("{id}", id.getValue()))
                        : path.replace("{" + id.getKey() + "}", id.getValue());
            }
            HttpHeaders headers = new HttpHeaders();
            headers.set("X-Requested-With", "XMLHttpRequest");
            headers.set("Content-Type", "application/json");
            ResponseEntity<String> answer = rest.withBasicAuth("auditor", "demo").exchange(path, HttpMethod.valueOf(parts[0]),
                    new HttpEntity<>("{\"leader\":\"E02\",\"reason\":\"审计员调整\"}", headers), String.class);
            assertThat(answer.getStatusCode().value()).as(write).isEqualTo(403);
            assertThat(answer.getBody()).as(write).contains("审计监督人员只能查阅");
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    private String document() {
        return jdbc.sql("select id from application_document where application_number = ?").param(cases.ownApplication().key())
                .query(String.class).list().get(0);
    }

    private String review() {
        return jdbc.sql("select id from review_assignment where process_instance_id = ?").param(cases.review().instance())
                .query(String.class).single();
    }

    /** Every answer, for whoever wants to read what each operation said to the auditor (target/guard-walk-*.txt). */
    private static void record(String name, List<String> answers) {
        try {
            Files.write(Path.of("target", "guard-walk-" + name + "-" + (TestSettings.postgres() ? "postgres" : "h2") + ".txt"), answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private ResponseEntity<String> auditor(RestOperations.Request request) {
        HttpHeaders headers = new HttpHeaders();
        if (request.contentType() != null) {
            headers.set("Content-Type", request.contentType());
        }
        byte[] body = request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8);
        return rest.withBasicAuth("auditor", "demo").exchange("/engine-rest" + request.path(), HttpMethod.valueOf(request.method()),
                new HttpEntity<>(body, headers), String.class);
    }
}
