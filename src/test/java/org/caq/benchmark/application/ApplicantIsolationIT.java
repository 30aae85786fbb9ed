package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An applicant starts a case through the REST API and sees its status; another applicant, and a unit that is
 * not the case's, learn nothing of it through Tasklist, /engine-rest or /api.
 */
@BenchmarkSpringTest
class ApplicantIsolationIT {

    static final String SUBMIT_FORM = "/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/submit-form";

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    String number;
    String processInstanceId;
    String taskId;

    @BeforeEach
    void applicant1HasAnApplication() {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        ResponseEntity<Map> started = rest.withBasicAuth("applicant1", "demo").postForEntity(SUBMIT_FORM,
                TestApplications.restBody(TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE)), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        number = (String) started.getBody().get("businessKey");
        processInstanceId = (String) started.getBody().get("id");
        taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    @Test
    void shows_the_applicant_their_own_case_and_its_status() {
        TestRestTemplate applicant1 = rest.withBasicAuth("applicant1", "demo");

        assertThat(applicant1.getForObject("/api/applications/mine", List.class))
                .anySatisfy(row -> assertThat((Map<String, Object>) row).containsEntry("number", number)
                        .containsEntry("statusName", "待推荐单位推荐").containsEntry("editable", true));
        assertThat(applicant1.getForObject("/engine-rest/task?processInstanceId=" + processInstanceId, List.class))
                .as("its unit reviews the online form first (seed 001 §1(2)4): no task of the applicant's yet").isEmpty();
    }

    @Test
    void shows_another_applicant_nothing_of_it_through_rest() {
        TestRestTemplate applicant2 = rest.withBasicAuth("applicant2", "demo");

        assertThat(applicant2.getForObject("/engine-rest/task?processInstanceId=" + processInstanceId, List.class)).isEmpty();
        assertThat(applicant2.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(applicant2.getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(applicant2.getForEntity("/engine-rest/process-instance/" + processInstanceId, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(applicant2.getForObject("/engine-rest/history/process-instance?processInstanceId=" + processInstanceId, List.class)).isEmpty();
        assertThat(applicant2.getForObject("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId, List.class)).isEmpty();
        assertThat(applicant2.getForObject("/api/applications/mine", List.class))
                .noneSatisfy(row -> assertThat((Map<String, Object>) row).containsEntry("number", number));
        assertThat(applicant2.getForEntity("/api/applications/" + number, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(applicant2.getForEntity("/api/applications/" + number + "/documents", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shows_another_applicant_nothing_of_it_in_tasklist() {
        WebSession tasklist = new WebSession(port);
        tasklist.login("tasklist", "applicant2", "demo");

        String tasks = tasklist.post("/camunda/api/engine/engine/default/task", "application/json", "{}").body();
        String count = tasklist.post("/camunda/api/engine/engine/default/task/count", "application/json", "{}").body();

        assertThat(tasks).doesNotContain(taskId).doesNotContain(number);
        assertThat(count).isEqualTo("{\"count\":0}");
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables").statusCode())
                .isIn(403, 404);
    }

    @Test
    void shows_a_unit_that_is_not_the_case_s_nothing_and_the_case_s_unit_and_the_office_all_of_it() {
        assertThat(rest.withBasicAuth("shandong", "demo").getForEntity("/api/applications/" + number, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("jiangsu", "demo").getForEntity("/api/applications/" + number, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("office", "demo").getForObject("/api/campaigns/2024-national/applications", List.class))
                .anySatisfy(row -> assertThat((Map<String, Object>) row).containsEntry("number", number));
        assertThat(rest.withBasicAuth("shandong", "demo").getForObject("/api/campaigns/2024-national/applications", List.class))
                .noneSatisfy(row -> assertThat((Map<String, Object>) row).containsEntry("number", number));
    }

    @Test
    void refuses_an_invalid_application_through_rest_with_400_and_keeps_nothing() {
        Map<String, Object> form = TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE);
        form.put(ApplicationProcess.ABSTRACT, "字".repeat(501));
        int before = jdbc.sql("select count(*) from application").query(Integer.class).single();

        ResponseEntity<Map> refused = rest.withBasicAuth("applicant1", "demo").postForEntity(SUBMIT_FORM, TestApplications.restBody(form), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("摘要不得超过 500 字（当前 501 字）。");
        assertThat(jdbc.sql("select count(*) from application").query(Integer.class).single()).isEqualTo(before);
    }
}
