package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 001 §1(2)4 against a hostile applicant: the materials come only after the unit's recommendation, whatever the
 * applicant sends through /engine-rest. Its start saying it was recommended, completing the unit's task, a modification
 * or a start that begins at 上传申报材料 are refused or change nothing: the case still waits for its unit, no place of the
 * quota is taken and no materials task was ever created.
 */
@BenchmarkSpringTest
class ApplicationOrderHostileIT {

    private static final String CAMPAIGN = "2014-shandong";
    private static final String UNIT = "shandong-jinan";
    private static final String START = "/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/start";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicantAccounts accounts;
    @LocalServerPort int port;

    private final ObjectMapper json = new ObjectMapper();
    private TestHttp http;

    @BeforeEach
    void campaign() {
        http = new TestHttp(port);
        new TestCampaigns(engine, jdbc).openProvincial(2014, "shandong", null);
    }

    @Test
    void keeps_the_materials_behind_the_unit_s_recommendation_whatever_the_applicant_sends() throws Exception {
        Map<String, Object> form = TestApplications.form(UNIT, "抢先提交材料有限公司", TestApplications.FUJIAN_CODE);
        String applicant = new TestApplications(engine, null, accounts).applicantOf(form);
        int used = quotaUsed();

        // a start saying the unit has recommended it already
        Map<String, Object> claimed = new HashMap<>(form);
        claimed.put(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND);
        claimed.put(ApplicationProcess.RECOMMENDATION_COMMENT, "同意推荐");
        HttpResponse<byte[]> started = post(applicant, START, TestApplications.restBody(claimed));
        assertThat(started.statusCode()).as(TestHttp.text(started)).isEqualTo(200);
        String instance = json.readTree(started.body()).path("id").asText();
        String number = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
        String unitTask = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(tasks.createTaskQuery().taskId(unitTask).singleResult().getTaskDefinitionKey())
                .isEqualTo(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION);
        assertThat(runtime.getVariables(instance)).as("the start's claim is dropped")
                .doesNotContainKeys(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMENDATION_COMMENT);
        JsonNode own = json.readTree(http.get(applicant, "/engine-rest/task?processInstanceId=" + instance).body());
        assertThat(own).as("the applicant has no task while its unit decides").isEmpty();

        // completing the unit's task as the applicant
        HttpResponse<byte[]> completed = post(applicant, "/engine-rest/task/" + unitTask + "/complete", Map.of("variables",
                Map.of(ApplicationProcess.RECOMMENDATION_DECISION, Map.of("value", ApplicationProcess.RECOMMEND))));
        assertThat(completed.statusCode()).as(TestHttp.text(completed)).isIn(403, 404);

        // moving its own case on to the materials
        HttpResponse<byte[]> modified = post(applicant, "/engine-rest/process-instance/" + instance + "/modification",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                        ApplicationProcess.USER_TASK_UPLOAD_MATERIALS))));
        assertThat(modified.statusCode()).as(TestHttp.text(modified)).isEqualTo(403);
        assertThat(TestHttp.text(modified)).contains("只有系统管理员");

        // a new case started at the materials
        Map<String, Object> partWay = new HashMap<>(TestApplications.restBody(form));
        partWay.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                ApplicationProcess.USER_TASK_UPLOAD_MATERIALS)));
        HttpResponse<byte[]> startedPartWay = post(applicant, START, partWay);
        assertThat(startedPartWay.statusCode()).as(TestHttp.text(startedPartWay)).isEqualTo(403);
        assertThat(TestHttp.text(startedPartWay)).contains("只有系统管理员");

        assertThat(runtime.getActiveActivityIds(instance)).containsExactly(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION);
        assertThat(history.createHistoricActivityInstanceQuery().activityId(ApplicationProcess.USER_TASK_UPLOAD_MATERIALS)
                .processInstanceId(instance).count()).isZero();
        assertThat(jdbc.sql("select status from application where number = ?").param(number).query(String.class).single())
                .isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION.name());
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY).startedBy(applicant).count())
                .as("no case started part-way").isOne();
        assertThat(quotaUsed()).as("no place of the quota taken").isEqualTo(used);
    }

    private int quotaUsed() {
        return jdbc.sql("select used from campaign_quota where campaign_number = ? and unit_code = ?").params(CAMPAIGN, UNIT)
                .query(Integer.class).single();
    }

    private HttpResponse<byte[]> post(String user, String path, Object body) throws Exception {
        return http.post(user, path, "application/json", json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
