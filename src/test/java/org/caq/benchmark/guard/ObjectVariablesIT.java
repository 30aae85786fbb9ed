package org.caq.benchmark.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No request hands the engine a Java object (issue 14): a variable typed Object (JSON or Java serialization), an untyped
 * JSON object or array, or an upload naming a class is refused with a Chinese 400 on every endpoint that takes
 * variables, through /engine-rest and the webapps' API, nothing changed; Json variables as Tasklist's forms send them
 * still work; and the engine deserializes no type at all.
 */
@BenchmarkSpringTest
class ObjectVariablesIT {

    static final String REFUSAL = "不接受对象（Object）类型或序列化 Java 对象的变量";

    @Autowired ApplicationContext context;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    RunningCases.Made cases;
    ProcessInstance drafting;
    String draftingTask;

    @BeforeEach
    void aCaseBeingDrafted() {
        cases = RunningCases.ensure(context);
        drafting = new TestApplications(engine, store, context.getBean(org.caq.benchmark.application.ApplicantAccounts.class))
                .submit("applicant1", TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE));
        draftingTask = engine.getTaskService().createTaskQuery().processInstanceId(drafting.getId()).singleResult().getId();
    }

    /** The ways a request can carry a Java object in a variable. */
    static List<Map<String, Object>> objectValues() {
        return List.of(
                Map.of("type", "Object", "value", "{\"path\":\"/etc/passwd\"}",
                        "valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json")),
                Map.of("type", "Object", "value", "rO0ABXNyAAxqYXZhLmlvLkZpbGUELaQFgsSB4QMAAUwABHBhdGh0ABJMamF2YS9sYW5nL1N0cmluZzt4cA==",
                        "valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/x-java-serialized-object")),
                Map.of("value", Map.of("path", "/etc/passwd")),
                Map.of("value", List.of("a", "b")));
    }

    /** Who, how, where, and the body with the object value in its place. */
    record Call(String user, String method, String path, Map<String, Object> body) {
    }

    private List<Call> calls(Map<String, Object> object) {
        Map<String, Object> form = new HashMap<>();
        TestApplications.form("jiangsu", "对象变量有限公司", TestApplications.JIANGSU_CODE).forEach((k, v) -> form.put(k, EngineRest.value(v)));
        form.put("evil", object);
        Map<String, Object> variables = Map.of("evil", object);
        String start = "/process-definition/key/" + ApplicationProcess.KEY;
        String instance = "/process-instance/" + drafting.getId();
        String task = "/task/" + draftingTask;
        return List.of(
                new Call("applicant1", "POST", start + "/start", Map.of("variables", form)),
                new Call("applicant1", "POST", start + "/submit-form", Map.of("variables", form)),
                new Call("applicant1", "POST", task + "/complete", Map.of("variables", variables)),
                new Call("applicant1", "POST", task + "/submit-form", Map.of("variables", variables)),
                new Call("applicant1", "POST", task + "/resolve", Map.of("variables", variables)),
                new Call("applicant1", "POST", task + "/variables", Map.of("modifications", variables)),
                new Call("applicant1", "PUT", task + "/variables/evil", object),
                new Call("applicant1", "POST", task + "/localVariables", Map.of("modifications", variables)),
                new Call("applicant1", "PUT", task + "/localVariables/evil", object),
                new Call("admin", "POST", instance + "/variables", Map.of("modifications", variables)),
                new Call("admin", "PUT", instance + "/variables/evil", object),
                new Call("admin", "POST", "/execution/" + drafting.getId() + "/localVariables", Map.of("modifications", variables)),
                new Call("admin", "PUT", "/execution/" + drafting.getId() + "/localVariables/evil", object),
                new Call("admin", "POST", "/process-instance/variables-async", Map.of("processInstanceIds", List.of(drafting.getId()),
                        "variables", variables)),
                new Call("admin", "POST", "/message", Map.of("messageName", ApplicationProcess.RESULT_ANNOUNCED,
                        "businessKey", cases.listedApplication().key(), "processVariables", variables)),
                new Call("admin", "POST", "/message", Map.of("messageName", ApplicationProcess.RESULT_ANNOUNCED,
                        "businessKey", cases.listedApplication().key(), "correlationKeys", variables)),
                new Call("admin", "POST", "/signal", Map.of("name", "Anything", "variables", variables)),
                new Call("admin", "POST", instance + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", "UserTask_UploadMaterials", "variables", variables)))),
                new Call("admin", "POST", start + "/start", Map.of("variables", variables, "startInstructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_UploadMaterials", "variables", variables)))));
    }

    @Test
    void refuses_an_object_variable_on_every_endpoint_of_the_engine_rest_api_with_a_chinese_400_and_changes_nothing() {
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
        List<String> accepted = new ArrayList<>();

        for (Map<String, Object> object : objectValues()) {
            for (Call call : calls(object)) {
                HttpHeaders headers = new HttpHeaders();
                headers.set("Content-Type", "application/json");
                ResponseEntity<String> answer = rest.withBasicAuth(call.user(), EngineRest.password(call.user())).exchange(
                        "/engine-rest" + call.path(), HttpMethod.valueOf(call.method()), new HttpEntity<>(EngineRest.json(call.body()), headers),
                        String.class);
                if (answer.getStatusCode().value() != 400 || !answer.getBody().contains(REFUSAL)) {
                    accepted.add(call.method() + " " + call.path() + " " + object + " -> " + answer.getStatusCode() + " " + answer.getBody());
                }
            }
        }

        assertThat(accepted).isEmpty();
        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    @Test
    void refuses_them_through_the_webapps_api_behind_the_tasklist_and_cockpit_logins() {
        WebSession applicant = new WebSession(port);
        applicant.login("tasklist", "applicant1", "demo");
        WebSession admin = new WebSession(port);
        admin.login("cockpit", "admin", "admin");
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
        List<String> accepted = new ArrayList<>();

        for (Map<String, Object> object : objectValues()) {
            for (Call call : calls(object)) {
                WebSession session = call.user().equals("admin") ? admin : applicant;
                var answer = session.send(call.method(), "/camunda/api/engine/engine/default" + call.path(), "application/json",
                        EngineRest.json(call.body()));
                if (answer.statusCode() != 400 || !answer.body().contains(REFUSAL)) {
                    accepted.add(call.method() + " " + call.path() + " -> " + answer.statusCode() + " " + answer.body());
                }
            }
        }

        assertThat(accepted).isEmpty();
        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    @Test
    void refuses_an_upload_that_names_a_class_to_deserialize_into() {
        String upload = RestOperations.Multipart.file("data", "value.json", "{\"path\":\"/etc/passwd\"}")
                + RestOperations.Multipart.part("type", "java.io.File") + "--" + RestOperations.Multipart.BOUNDARY + "--\r\n";
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        for (String path : List.of("/process-instance/" + drafting.getId() + "/variables/evil/data",
                "/execution/" + drafting.getId() + "/localVariables/evil/data", "/task/" + draftingTask + "/variables/evil/data",
                "/task/" + draftingTask + "/localVariables/evil/data")) {
            HttpHeaders headers = new HttpHeaders();
            headers.set("Content-Type", RestOperations.Multipart.CONTENT_TYPE);
            ResponseEntity<String> answer = rest.withBasicAuth("admin", "admin").exchange("/engine-rest" + path, HttpMethod.POST,
                    new HttpEntity<>(upload.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), String.class);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(answer.getBody()).as(path).contains(REFUSAL).contains("evil");
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    @Test
    void keeps_taking_json_variables_as_tasklist_s_forms_send_lists_and_objects() {
        Map<String, Object> form = new HashMap<>();
        TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE).forEach((k, v) -> form.put(k, EngineRest.value(v)));
        form.put("focusTags", Map.of("type", "Json", "value", "[\"智能制造\",\"供应链管理\"]"));
        WebSession tasklist = new WebSession(port);
        tasklist.login("tasklist", "applicant1", "demo");

        var started = tasklist.post("/camunda/api/engine/engine/default/process-definition/key/" + ApplicationProcess.KEY + "/submit-form",
                "application/json", EngineRest.json(Map.of("variables", form)));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = (String) Map.class.cast(parse(started.body())).get("id");
        assertThat(engine.getRuntimeService().getVariableTyped(instance, "focusTags").getType().getName()).isEqualTo("json");
        assertThat(engine.getRuntimeService().getVariable(instance, "focusTags").toString()).contains("智能制造");
    }

    @Test
    void deserializes_no_type_at_all_and_the_product_stores_no_object_variable() {
        assertThat(jdbc.sql("select count(*) from ACT_HI_VARINST where VAR_TYPE_ in ('object', 'serializable')").query(Long.class).single())
                .as("object variables the product stored itself").isZero();
        assertThat(engine.getProcessEngineConfiguration().isDeserializationTypeValidationEnabled()).isTrue();
        var runtime = engine.getRuntimeService();

        // values Jackson would turn into these types, were they allowed
        Map<String, String> values = Map.of("java.io.File", "\"/etc/passwd/of/the/server\"",
                "java.util.ArrayList", "[\"one\", \"two\", \"three\"]", "java.lang.String", "\"a plain string of text\"");
        values.forEach((type, json) -> {
            runtime.setVariable(drafting.getId(), "stored", Variables.serializedObjectValue(json).objectTypeName(type)
                    .serializationDataFormat("application/json").create());
            assertThatThrownBy(() -> runtime.getVariable(drafting.getId(), "stored")).as(type).rootCause()
                    .hasMessageContaining(type);
            runtime.removeVariable(drafting.getId(), "stored");
        });
    }

    private static Object parse(String json) {
        try {
            return EngineRest.JSON.readValue(json, Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
