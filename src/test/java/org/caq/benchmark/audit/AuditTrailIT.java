package org.caq.benchmark.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Auditors read the whole trail of any case, finished ones included; applicants and experts read none. */
@BenchmarkSpringTest
class AuditTrailIT {

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;

    String number;
    String processInstanceId;

    @BeforeEach
    void applicant1HasAnApplication() {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        ResponseEntity<Map> started = rest.withBasicAuth("applicant1", "demo").postForEntity(
                "/engine-rest/process-definition/key/benchmark-application/submit-form",
                TestApplications.restBody(
                        TestApplications.form("jiangsu", "审计测试有限公司", TestApplications.JIANGSU_CODE)), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        number = (String) started.getBody().get("businessKey");
        processInstanceId = (String) started.getBody().get("id");
    }

    @Test
    void gives_the_auditor_the_steps_people_and_values_of_a_case_even_after_it_ended() {
        engine.getRuntimeService().deleteProcessInstance(processInstanceId, "审计测试：终止");

        ResponseEntity<Map> answer = rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + number, Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> trail = (Map<String, Object>) answer.getBody().get("trail");
        Map<String, Object> caseInfo = (Map<String, Object>) trail.get("caseInfo");
        assertThat(caseInfo).containsEntry("businessKey", number).containsEntry("startedBy", "applicant1");
        assertThat(caseInfo.get("state")).isNotEqualTo("ACTIVE");
        assertThat(caseInfo.get("end")).isNotNull();
        assertThat((List<Map<String, Object>>) trail.get("activities"))
                .anySatisfy(step -> assertThat(step).containsEntry("type", "userTask").containsEntry("assignee", "applicant1"));
        assertThat((List<Map<String, Object>>) trail.get("variables"))
                .anySatisfy(change -> assertThat(change).containsEntry("name", "enterpriseName").containsEntry("value", "审计测试有限公司"));
    }

    @Test
    void lists_a_campaigns_applications_by_stage() {
        ResponseEntity<Map> answer = rest.withBasicAuth("office", "demo").getForEntity("/api/audit/cases/2024-national", Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, List<String>>) answer.getBody().get("campaignStages"))
                .anySatisfy((status, numbers) -> assertThat(numbers).contains(number));
    }

    @Test
    void downloads_the_dossier_as_csv_with_one_row_per_event() {
        ResponseEntity<String> csv = rest.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit/cases/" + number + "/dossier.csv", String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(number + "-audit.csv");
        assertThat(csv.getBody().lines()).first().asString().contains("\"section\",\"time\",\"name\",\"who\",\"detail\"");
        assertThat(csv.getBody()).contains("\"variable\"").contains("审计测试有限公司").contains("\"activity\"");
    }

    @Test
    void tells_applicants_and_experts_nothing_of_the_case() {
        for (String user : List.of("applicant1", "applicant2", "expert1", "jiangsu")) {
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/audit/cases/" + number, String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/audit/cases/" + number + "/dossier.csv", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(rest.getForEntity("/api/audit/cases/" + number, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
