package org.caq.benchmark.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.demo.DemoCases;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.BeijingTime;
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

    @Autowired ApplicantAccounts accounts;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;

    String number;
    String processInstanceId;

    @BeforeEach
    void applicant1HasAnApplication() {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        ResponseEntity<Map> started = rest.withBasicAuth("applicant1", "demo").postForEntity(
                "/engine-rest/process-definition/key/benchmark-application/submit-form",
                TestApplications.restBody(
                        TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE)), Map.class);
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
        // it ended while its unit reviewed the online form (seed 001 §1(2)4): the unit's task, cancelled
        assertThat((List<Map<String, Object>>) trail.get("activities"))
                .anySatisfy(step -> assertThat(step).containsEntry("type", "userTask").containsEntry("name", "择优推荐")
                        .containsEntry("outcomeName", "已撤销（审计测试：终止）"));
        assertThat((List<Map<String, Object>>) trail.get("variables"))
                .anySatisfy(change -> assertThat(change).containsEntry("name", "enterpriseName").containsEntry("value", "华东精密机械股份有限公司"));
    }

    @Test
    void keeps_a_case_s_history_ten_years_from_its_start_and_writes_that_date_with_every_record() {
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance running = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        Date tenYearsOn = Date.from(running.getStartTime().toInstant().plus(3650, ChronoUnit.DAYS));

        assertThat(running.getRemovalTime()).isEqualTo(tenYearsOn);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list())
                .isNotEmpty().allSatisfy(variable -> assertThat(variable.getRemovalTime()).isEqualTo(tenYearsOn));

        engine.getRuntimeService().deleteProcessInstance(processInstanceId, "审计测试：终止");

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getRemovalTime())
                .isEqualTo(tenYearsOn);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list())
                .isNotEmpty().allSatisfy(step -> assertThat(step.getRemovalTime()).isEqualTo(tenYearsOn));
    }

    @Test
    void lists_each_decision_with_its_reason_and_decider_in_order_while_the_case_runs_and_after_it_ended() {
        new TestApplications(engine, store, accounts).attachRequiredMaterials(number, "applicant1");
        work("jiangsu", "UserTask_RecommendApplication", Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "return",
                ApplicationProcess.RECOMMENDATION_COMMENT, "请补充近三年质量损失率数据"));
        work("applicant1", "UserTask_ReviseApplication", TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE));
        work("jiangsu", "UserTask_RecommendApplication", Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend",
                ApplicationProcess.RECOMMENDATION_COMMENT, "同意推荐"));
        work("applicant1", "UserTask_UploadMaterials", Map.of());

        assertThat(decisionsOf(number)).containsExactly(
                tuple("择优推荐", "jiangsu", "陈晓东（江苏省工业和信息化厅）", "退回修改", "请补充近三年质量损失率数据"),
                tuple("择优推荐", "jiangsu", "陈晓东（江苏省工业和信息化厅）", "推荐", "同意推荐"));

        String dueDate = TestClock.today().plusDays(10).toString();
        work("office", "UserTask_ReviewForm", Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "supplement",
                ApplicationProcess.FORM_REVIEW_REASON, "申报书缺少公章", ApplicationProcess.SUPPLEMENT_DUE_DATE, dueDate));
        work("applicant1", "UserTask_SupplementApplication", TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE));
        work("office", "UserTask_ReviewForm", Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "fail",
                ApplicationProcess.FORM_REVIEW_REASON, "补正后仍缺少公章"));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(decisionsOf(number)).containsExactly(
                tuple("择优推荐", "jiangsu", "陈晓东（江苏省工业和信息化厅）", "退回修改", "请补充近三年质量损失率数据"),
                tuple("择优推荐", "jiangsu", "陈晓东（江苏省工业和信息化厅）", "推荐", "同意推荐"),
                tuple("形式审查", "office", "王芳（全国质量标杆工作办公室）", "要求补正", "申报书缺少公章；补正期限：" + dueDate),
                tuple("形式审查", "office", "王芳（全国质量标杆工作办公室）", "不通过", "补正后仍缺少公章"));
        String csv = rest.withBasicAuth("auditor", "demo").getForObject("/api/audit/cases/" + number + "/dossier.csv", String.class);
        assertThat(csv.lines().filter(line -> line.startsWith("\"决策\"")).map(line -> line.substring(line.indexOf("\",\"", 12))))
                .containsExactly(
                        "\",\"择优推荐\",\"陈晓东（江苏省工业和信息化厅，jiangsu）\",\"退回修改：请补充近三年质量损失率数据\"",
                        "\",\"择优推荐\",\"陈晓东（江苏省工业和信息化厅，jiangsu）\",\"推荐：同意推荐\"",
                        "\",\"形式审查\",\"王芳（全国质量标杆工作办公室，office）\",\"要求补正：申报书缺少公章；补正期限：" + dueDate + "\"",
                        "\",\"形式审查\",\"王芳（全国质量标杆工作办公室，office）\",\"不通过：补正后仍缺少公章\"");
    }

    @Test
    void gives_the_trail_of_a_case_whose_steps_were_completed_with_no_user_logged_in() {
        ProcessInstance pi = new DemoCases(engine, store).applyAndPass(new DemoCases.Applicant("applicant1", "jiangsu",
                "华东精密机械股份有限公司", "1", TestApplications.JIANGSU_CODE, "江苏省", "实施六西格玛设计"));

        ResponseEntity<Map> answer = rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + pi.getBusinessKey(), Map.class);
        ResponseEntity<String> csv = rest.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit/cases/" + pi.getBusinessKey() + "/dossier.csv", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decisionsOf(pi.getBusinessKey())).containsExactly(
                tuple("择优推荐", null, Decisions.NO_USER, "推荐", null),
                tuple("形式审查", null, Decisions.NO_USER, "通过", null));
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getBody()).contains("\"形式审查\",\"" + Decisions.NO_USER + "\",\"通过\"");
    }

    @Test
    void lists_a_campaigns_applications_by_stage() {
        ResponseEntity<Map> answer = rest.withBasicAuth("office", "demo").getForEntity("/api/audit/cases/2024-national", Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, List<String>>) answer.getBody().get("campaignStages"))
                .anySatisfy((status, numbers) -> assertThat(numbers).contains(number));
    }

    @Test
    void downloads_the_dossier_as_csv_with_one_row_per_event_in_chinese_without_engine_words() {
        ResponseEntity<String> csv = rest.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit/cases/" + number + "/dossier.csv", String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(number + "-audit.csv");
        assertThat(csv.getBody().lines()).first().asString().contains("\"类别\",\"时间（北京时间）\",\"名称\",\"人员\",\"详情\"");
        assertThat(csv.getBody()).contains("\"数据\",").contains("\"企业名称\"").contains("华东精密机械股份有限公司").contains("\"环节\",")
                .contains("人工办理").doesNotContain(VariableLabels.UNNAMED).doesNotContain("[UserTask_").doesNotContain("userTask")
                .doesNotContain("ACTIVE").doesNotContain("COMPLETED");
        Map<String, Object> trail = (Map<String, Object>) rest.withBasicAuth("auditor", "demo")
                .getForObject("/api/audit/cases/" + number, Map.class).get("trail");
        assertThat((List<Map<String, Object>>) trail.get("variables")).extracting(v -> v.get("label"))
                .doesNotContain(VariableLabels.UNNAMED).contains("企业名称", "申报编号");
    }

    /** The user claims the case's open task of this kind and completes it with these form values, through /engine-rest. */
    private void work(String user, String taskKey, Map<String, Object> values) {
        String task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult().getId();
        assertThat(rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task + "/claim", Map.of("userId", user),
                String.class).getStatusCode()).as(user + " claims " + taskKey).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> completed = rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task + "/complete",
                TestApplications.restBody(values), String.class);
        assertThat(completed.getStatusCode()).as(user + " completes " + taskKey + ": " + completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Stage, decider, decider's name, decision and reason of each decision the auditor reads. */
    private List<Tuple> decisionsOf(String key) {
        Map<String, Object> dossier = rest.withBasicAuth("auditor", "demo").getForObject("/api/audit/cases/" + key, Map.class);
        return ((List<Map<String, Object>>) dossier.get("decisions")).stream()
                .map(d -> tuple(d.get("stage"), d.get("userId"), d.get("userName"), d.get("decision"), d.get("reason"))).toList();
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
