package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestUsers;
import org.caq.benchmark.model.CampaignProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** /engine-rest authenticates every call and the engine's authorization decides what each role may do. */
@BenchmarkSpringTest
class EngineRestSecurityIT {

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    private static final String START = "/engine-rest/process-definition/key/" + CampaignProcess.KEY + "/start";
    /** What Tasklist calls for a start form; Camunda answers a refused form there with 400 (plain /start: 500). */
    private static final String SUBMIT_FORM = "/engine-rest/process-definition/key/" + CampaignProcess.KEY + "/submit-form";

    private static Map<String, Object> startBody(int year, String closes) {
        Map<String, Object> variables = Map.of(
                CampaignProcess.YEAR, Map.of("value", year),
                CampaignProcess.LEVEL, Map.of("value", "national"),
                CampaignProcess.ORGANISER, Map.of("value", "中国质量协会"),
                CampaignProcess.FOCUS_AREAS, Map.of("value", "智能制造"),
                CampaignProcess.APPLICATION_OPENS, Map.of("value", year + "-05-15"),
                CampaignProcess.APPLICATION_CLOSES, Map.of("value", closes),
                CampaignProcess.RECOMMENDATION_DEADLINE, Map.of("value", year + "-07-20"));
        return Map.of("variables", variables);
    }

    private ProcessInstance campaign(int year) {
        return runtime.startProcessInstanceByKey(CampaignProcess.KEY, Map.of(
                CampaignProcess.YEAR, year, CampaignProcess.LEVEL, "national", CampaignProcess.ORGANISER, "中国质量协会",
                CampaignProcess.FOCUS_AREAS, "智能制造", CampaignProcess.APPLICATION_OPENS, year + "-05-15",
                CampaignProcess.APPLICATION_CLOSES, year + "-07-05", CampaignProcess.RECOMMENDATION_DEADLINE, year + "-07-20"));
    }

    @Test
    void refuses_anonymous_and_wrong_password_calls_with_401() {
        long before = runtime.createProcessInstanceQuery().count();

        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.postForEntity(START, startBody(2015, "2015-07-05"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(TestUsers.wrongPasswordProbe(identity), "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void lets_the_auditor_read_current_state_and_history_but_change_nothing() {
        ProcessInstance pi = campaign(2014);
        String taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        TestRestTemplate auditor = rest.withBasicAuth("auditor", "demo");
        String instance = "/engine-rest/process-instance/" + pi.getId();

        assertThat(auditor.getForEntity(instance, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(auditor.getForEntity("/engine-rest/history/process-instance?processInstanceId=" + pi.getId(),
                List.class).getBody()).hasSize(1);
        assertThat(auditor.getForEntity("/engine-rest/history/activity-instance?processInstanceId=" + pi.getId(),
                List.class).getBody()).isNotEmpty();

        assertThat(auditor.exchange(instance, HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.exchange(instance + "/variables/year", HttpMethod.PUT,
                new HttpEntity<>(Map.of("value", 1999)), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.exchange(instance + "/suspended", HttpMethod.PUT,
                new HttpEntity<>(Map.of("suspended", true)), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.postForEntity(START, startBody(2013, "2013-07-05"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy(auditor).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).active().count()).isEqualTo(1);
        assertThat(runtime.getVariable(pi.getId(), CampaignProcess.YEAR)).isEqualTo(2014);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void refuses_the_auditor_every_kind_of_change_through_rest() {
        ProcessInstance pi = campaign(2016);
        String taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        String definitionId = pi.getProcessDefinitionId();
        String deploymentId = rest.withBasicAuth("admin", "admin")
                .getForObject("/engine-rest/process-definition/" + definitionId, Map.class).get("deploymentId").toString();
        TestRestTemplate auditor = rest.withBasicAuth("auditor", "demo");
        Map<String, Object> userBody = Map.of("profile", Map.of("id", "auditor-made", "firstName", "审", "lastName", "计"),
                "credentials", Map.of("password", "auditor-made-1"));

        Map<String, ResponseEntity<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("claim", auditor.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "auditor"), String.class));
        answers.put("assign", auditor.postForEntity("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "auditor"), String.class));
        answers.put("task variable", auditor.exchange("/engine-rest/task/" + taskId + "/variables/note", HttpMethod.PUT,
                new HttpEntity<>(Map.of("value", "x")), String.class));
        answers.put("suspend definition", auditor.exchange("/engine-rest/process-definition/" + definitionId + "/suspended",
                HttpMethod.PUT, new HttpEntity<>(Map.of("suspended", true)), String.class));
        answers.put("delete deployment", auditor.exchange("/engine-rest/deployment/" + deploymentId + "?cascade=true",
                HttpMethod.DELETE, null, String.class));
        answers.put("delete history", auditor.exchange("/engine-rest/history/process-instance/" + pi.getId(),
                HttpMethod.DELETE, null, String.class));
        answers.put("create user", auditor.postForEntity("/engine-rest/user/create", userBody, String.class));
        answers.put("join group", auditor.exchange("/engine-rest/group/office/members/auditor", HttpMethod.PUT, null, String.class));
        answers.put("grant", auditor.postForEntity("/engine-rest/authorization/create", Map.of("type", 1, "permissions",
                List.of("ALL"), "userId", "auditor", "resourceType", 8, "resourceId", "*"), String.class));
        answers.put("create filter", auditor.postForEntity("/engine-rest/filter/create", Map.of("resourceType", "Task",
                "name", "审计员的过滤器", "query", Map.of()), String.class));

        assertThat(answers).allSatisfy((call, answer) -> assertThat(answer.getStatusCode()).as(call).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).active().count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("auditor-made").count()).isZero();
        assertThat(identity.createGroupQuery().groupMember("auditor").groupId("office").count()).isZero();
        assertThat(auditor.postForEntity(START, startBody(2016, "2016-07-05"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void lets_the_office_start_a_campaign_and_answers_invalid_input_with_400_and_a_chinese_reason() {
        TestRestTemplate office = rest.withBasicAuth("office", "demo");

        ResponseEntity<Map> refused = office.postForEntity(SUBMIT_FORM, startBody(2012, "2012-05-01"), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("申报截止日期须晚于申报开始日期 2012-05-15");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2012-national").count()).isZero();

        ResponseEntity<Map> started = office.postForEntity(SUBMIT_FORM, startBody(2012, "2012-07-05"), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody()).containsEntry("businessKey", "2012-national");
    }

    @Test
    void shows_an_applicant_no_campaign_and_no_office_task() {
        campaign(2013);
        TestRestTemplate applicant = rest.withBasicAuth("applicant1", "demo");

        assertThat(applicant.getForEntity("/engine-rest/process-instance", List.class).getBody()).isEmpty();
        assertThat(applicant.getForEntity("/engine-rest/task", List.class).getBody()).isEmpty();
        assertThat(applicant.getForEntity("/engine-rest/history/process-instance", List.class).getBody()).isEmpty();
        assertThat(rest.withBasicAuth("office", "demo").getForEntity("/engine-rest/task", List.class).getBody())
                .isNotEmpty();
    }

    @Test
    void lets_the_administrator_deploy_bpmn_through_rest() {
        assertThat(deploy(rest.withBasicAuth("admin", "admin")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void refuses_an_administrator_s_redeploy_that_names_a_missing_delegate_and_says_where() {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="rest-deploy-broken" name="坏流程" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Begin"/>
                    <sequenceFlow id="Flow_1" sourceRef="StartEvent_Begin" targetRef="ServiceTask_Missing"/>
                    <serviceTask id="ServiceTask_Missing" camunda:delegateExpression="${noSuchDelegate}"/>
                  </process>
                </definitions>""";
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "rest-deploy-broken");
        body.add("data", new ByteArrayResource(bpmn.getBytes()) {
            @Override
            public String getFilename() {
                return "rest-deploy-broken.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<Map> refused = rest.withBasicAuth("admin", "admin")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("ServiceTask_Missing: 服务任务表达式 ${noSuchDelegate} "
                + "指向的 Bean 不存在 / delegate expression ${noSuchDelegate} names no bean");
        assertThat(rest.withBasicAuth("admin", "admin").getForObject("/engine-rest/deployment?name=rest-deploy-broken", List.class)).isEmpty();
    }

    @Test
    void the_engine_is_addressed_by_its_name_and_no_other_name_is_served() {
        TestRestTemplate office = rest.withBasicAuth("office", "demo");
        assertThat(office.getForEntity("/engine-rest/engine/default/task/count", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(office.getForEntity("/engine-rest/engine/other/task/count", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // the engine named by its name still needs a login
        assertThat(rest.getForEntity("/engine-rest/engine/default/task/count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static ResponseEntity<String> deploy(TestRestTemplate client) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="rest-deploy-check" name="部署检查" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Begin"/>
                  </process>
                </definitions>""";
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "rest-deploy-check");
        body.add("data", new ByteArrayResource(bpmn.getBytes()) {
            @Override
            public String getFilename() {
                return "rest-deploy-check.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
    }
}
