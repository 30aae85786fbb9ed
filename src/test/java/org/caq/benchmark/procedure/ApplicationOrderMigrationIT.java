package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications started on the model before decision 0056 (materials first, then the unit; kept in
 * src/test/resources/models-before-0056) reach today's order as docs/administration.md ("Applications started before
 * decision 0056") writes it: a case at the unit's 择优推荐, at form review or later moves by the generated plan; a case
 * at 修改申报 by the guide's command with its hand-written plan; a case at 上传申报材料, whose unit has not decided yet, cannot be
 * moved (the engine refuses the generated plan) and finishes its intake on the old version, then moves at form review.
 */
@BenchmarkSpringTest
class ApplicationOrderMigrationIT {

    /** A year and province no other test of the run opens. */
    private static final String CAMPAIGN = "2015-shandong";
    private static final String KEY = ApplicationProcess.KEY;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    private static ModelVersions versions;
    private TestApplications cases;

    @BeforeEach
    void versions() {
        if (versions == null) {
            Map<String, String> before = ModelVersions.deployAsIs(rest, "models-before-0056", "src/test/resources/models-before-0056");
            Map<String, String> today = ModelVersions.deployAsIs(rest, "models-today", "processes");
            versions = ModelVersions.of(rest, runtime, before, today);
            new TestCampaigns(engine, jdbc).openProvincial(2015, "shandong", null);
        }
        cases = new TestApplications(engine, store, accounts);
    }

    @Test
    void moves_a_case_waiting_for_its_unit_by_the_generated_plan_and_asks_for_the_materials_after_the_recommendation() {
        ProcessInstance pi = onOldVersion("shandong-jinan", "迁移待推荐有限公司");
        cases.attachRequiredMaterials(pi.getBusinessKey(), applicant(pi));
        complete(pi, Map.of());
        assertThat(waitingAt(pi)).isEqualTo(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION);

        versions.toNew(pi.getId(), KEY);
        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));

        Task materials = task(pi);
        assertThat(materials.getTaskDefinitionKey()).isEqualTo(ApplicationProcess.USER_TASK_UPLOAD_MATERIALS);
        assertThat(materials.getAssignee()).isEqualTo(applicant(pi));
        complete(pi, Map.of());
        assertThat(waitingAt(pi)).as("its materials, uploaded before, count").isEqualTo(ApplicationProcess.USER_TASK_REVIEW_FORM);
    }

    @Test
    void moves_a_case_in_form_review_by_the_generated_plan() {
        ProcessInstance pi = onOldVersion("shandong-jinan", "迁移形式审查有限公司");
        cases.attachRequiredMaterials(pi.getBusinessKey(), applicant(pi));
        complete(pi, Map.of());
        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));

        versions.toNew(pi.getId(), KEY);
        complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.PASS));

        assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly(ApplicationProcess.EVENT_MATERIAL_REVIEW_OPENED);
    }

    @Test
    void finishes_the_intake_of_a_case_waiting_at_its_materials_on_the_old_version_and_moves_it_at_form_review() {
        ProcessInstance pi = onOldVersion("shandong-qingdao", "迁移先传材料有限公司");
        assertThat(waitingAt(pi)).as("the old order: materials before the unit").isEqualTo("UserTask_AttachMaterials");

        assertThat(versions.toNewRefused(pi.getId(), KEY)).contains("ENGINE-23004");
        assertThat(definitionOf(pi)).isEqualTo(versions.oldId(KEY));

        cases.attachRequiredMaterials(pi.getBusinessKey(), applicant(pi));
        complete(pi, Map.of());
        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        assertThat(waitingAt(pi)).isEqualTo(ApplicationProcess.USER_TASK_REVIEW_FORM);
        versions.toNew(pi.getId(), KEY);
        assertThat(definitionOf(pi)).isEqualTo(versions.newId(KEY));
    }

    @Test
    void moves_a_case_returned_for_revision_by_the_guide_s_hand_written_plan_with_its_deadline() throws Exception {
        ProcessInstance pi = onOldVersion("shandong-qingdao", "迁移退回修改有限公司");
        cases.attachRequiredMaterials(pi.getBusinessKey(), applicant(pi));
        complete(pi, Map.of());
        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RETURN,
                ApplicationProcess.RECOMMENDATION_COMMENT, "请补充数据"));
        assertThat(waitingAt(pi)).isEqualTo(ApplicationProcess.USER_TASK_REVISE_APPLICATION);
        assertThat(versions.toNewRefused(pi.getId(), KEY)).as("修改申报 left the unit's sub-process").contains("ENGINE-23004");

        String moved = runGuideCommandForRevisions();

        assertThat(moved).contains("\"instructionReports\":[]").contains("HTTP 204");

        assertThat(definitionOf(pi)).isEqualTo(versions.newId(KEY));
        assertThat(task(pi).getAssignee()).isEqualTo(applicant(pi));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_RevisionDeadlinePassed").count()).as("the recommendation deadline still ends it").isOne();
        complete(pi, TestApplications.form("shandong-qingdao", "迁移退回修改有限公司", TestApplications.FUJIAN_CODE));
        assertThat(waitingAt(pi)).isEqualTo(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION);
        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        assertThat(waitingAt(pi)).isEqualTo(ApplicationProcess.USER_TASK_UPLOAD_MATERIALS);
    }

    /**
     * The guide's command moving cases at 修改申报 (its fifth {@code ```sh} block), pointed at this server, the demo
     * administrator and the old version, run with bash as an administrator would paste it; answers what it printed.
     */
    private String runGuideCommandForRevisions() throws IOException, InterruptedException {
        Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/administration.md")));
        String command = null;
        while (block.find()) {
            command = block.group(1).contains("UserTask_ReviseApplication") ? block.group(1) : command;
        }
        assertThat(command).as("the guide's command for cases at 修改申报").isNotNull()
                .startsWith("BASE=http://localhost:8080/engine-rest\nADMIN='admin:<password>'\n").contains("\nOLD='");
        command = command.replace("BASE=http://localhost:8080/engine-rest\n", "BASE=http://localhost:" + port + "/engine-rest\n")
                .replace("ADMIN='admin:<password>'\n", "ADMIN='admin:admin'\n")
                .replaceFirst("\nOLD='[^']*'\n", "\nOLD='" + versions.oldId(KEY) + "'\n");
        Process shell = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        return output;
    }

    /** An application started, as its applicant would, on the version before decision 0056. */
    private ProcessInstance onOldVersion(String unit, String enterprise) {
        Map<String, Object> form = TestApplications.form(unit, enterprise, TestApplications.FUJIAN_CODE);
        engine.getIdentityService().setAuthentication(cases.applicantOf(form), List.of("applicant"));
        try {
            return runtime.startProcessInstanceById(versions.oldId(KEY), form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private String applicant(ProcessInstance pi) {
        return jdbc.sql("select applicant_user from application where number = ?").param(pi.getBusinessKey())
                .query(String.class).single();
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private String waitingAt(ProcessInstance pi) {
        return task(pi).getTaskDefinitionKey();
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        tasks.complete(task(pi).getId(), variables);
    }

    private String definitionOf(ProcessInstance pi) {
        return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
    }
}
