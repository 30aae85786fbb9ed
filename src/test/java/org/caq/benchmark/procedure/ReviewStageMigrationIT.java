package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.TestReviews;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.review.ConfidentialityUndertaking;
import org.caq.benchmark.review.Undertakings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases running on the models before the group's review became a called process (decision 0062; the models of that
 * version are kept in src/test/resources/models-before-0062) move to today's by the guide's generated plan at every
 * user task of those models: a campaign before its review stages opens them as called group reviews; a stage already
 * opened on the old version finishes there (its reviews and deliberation, moved to today's versions at each of their
 * user tasks, still count by the old messages) and the campaign moves at 安排答辩评审. A campaign waiting for those
 * messages cannot be moved: the engine refuses, as the guide says. Since decision 0082 "today's" campaign here is the
 * last version before its phases, where the generated plan leads (CampaignPhasesMigrationIT moves it on).
 */
@BenchmarkSpringTest
class ReviewStageMigrationIT {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired TestRestTemplate rest;
    @Autowired Applications applications;
    @Autowired HolidayArrangements arrangements;

    private static ModelVersions versions;
    /** Today's campaign, whose phases (decision 0082) the generated plan cannot reach: see {@link #campaignToOld}. */
    private static String todaysCampaign;

    /**
     * The models before 0062 (old) and those after it (new): today's, but for the campaign the last version before its
     * phases became sub-processes (decision 0082), where the generated plan of this decision's guide leads; from there
     * a campaign moves into its phases by the plan CampaignPhasesMigrationIT tests.
     */
    @BeforeEach
    void versions() {
        if (versions == null) {
            Map<String, String> before = ModelVersions.deployAsIs(rest, "models-before-0062", "src/test/resources/models-before-0062");
            Map<String, String> beforePhases = ModelVersions.deployAsIs(rest, "models-before-0082", "src/test/resources/models-before-0082");
            Map<String, String> today = new HashMap<>(ModelVersions.deployAsIs(rest, "models-today", "processes"));
            todaysCampaign = today.put(CampaignProcess.KEY, beforePhases.get(CampaignProcess.KEY));
            versions = ModelVersions.of(rest, runtime, before, today);
        }
    }

    /** A campaign started on today's version put on the version before 0062: out of its phases first (decision 0082). */
    private void campaignToOld(String campaign) {
        if (definitionOf(campaign).equals(todaysCampaign)) {
            ModelVersions.moveBySameIds(runtime, todaysCampaign, versions.newId(CampaignProcess.KEY),
                    "docs/migration/benchmark-campaign-phases-0082.json", campaign);
        }
        versions.toOld(campaign, CampaignProcess.KEY);
    }

    @Test
    void moves_a_campaign_waiting_to_open_material_review_to_today_s_version_which_calls_the_group_reviews() {
        String campaign = committeeFormed("2024-shandong");
        campaignToOld(campaign);
        assertThat(definitionOf(campaign)).isEqualTo(versions.oldId(CampaignProcess.KEY));

        versions.toNew(campaign, CampaignProcess.KEY);
        openMaterialReview(campaign);

        ProcessInstance group = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign).singleResult();
        assertThat(group.getBusinessKey()).isEqualTo("2024-shandong/MATERIAL/MANAGEMENT");
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).processDefinitionKey(ReviewProcess.KEY)
                .count()).isEqualTo(3);
    }

    @Test
    void finishes_a_stage_opened_on_the_old_version_there_moving_its_cases_at_each_user_task_then_moves_the_campaign() {
        String number = "2025-shandong";
        String campaign = committeeFormed(number);
        campaignToOld(campaign);
        openMaterialReview(campaign);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(campaign).count()).as("no called review").isZero();
        assertThat(versions.toNewRefused(campaign, CampaignProcess.KEY)).contains("ENGINE-23004");

        List<Task> unsigned = taskList(ReviewProcess.KEY, Undertakings.SIGN_TASK, number);
        assertThat(unsigned).hasSize(3);
        Task first = unsigned.get(0);
        moveOldToNew(first.getProcessInstanceId(), ReviewProcess.KEY);
        completeAs(first.getAssignee(), first.getId(), Map.of(ConfidentialityUndertaking.ACCEPTED, true));
        TestUndertakings.signAllInCampaign(engine, number);
        List<Task> open = taskList(ReviewProcess.KEY, ReviewProcess.REVIEW_TASK, number);
        Task second = open.get(1);
        moveOldToNew(second.getProcessInstanceId(), ReviewProcess.KEY);
        for (Task review : open) {
            completeAs(review.getAssignee(), review.getId(), Map.of(ReviewProcess.SCORE_1, 85, ReviewProcess.SCORE_2, 85,
                    ReviewProcess.SCORE_3, 85, ReviewProcess.COMMENT, "方法成熟"));
        }

        ProcessInstance deliberation = runtime.createProcessInstanceQuery().processDefinitionKey(DeliberationProcess.KEY)
                .processInstanceBusinessKey(number + "/MATERIAL/MANAGEMENT").singleResult();
        versions.toOld(deliberation.getId(), DeliberationProcess.KEY);
        Task deliberate = tasks.createTaskQuery().processInstanceId(deliberation.getId()).singleResult();
        moveOldToNew(deliberation.getId(), DeliberationProcess.KEY);
        if (deliberate.getTaskDefinitionKey().equals(Undertakings.SIGN_TASK)) {
            TestUndertakings.signAllIn(engine, deliberation.getId());
            deliberate = tasks.createTaskQuery().processInstanceId(deliberation.getId()).singleResult();
        }
        String application = jdbc.sql("select number from application where campaign_number = ?").param(number)
                .query(String.class).single();
        completeAs(deliberate.getAssignee(), deliberate.getId(), Map.of(ReviewProcess.SELECTED, Spin.JSON(List.of(application)),
                ReviewProcess.RATIONALE, "方法成熟"));

        assertThat(tasks.createTaskQuery().processInstanceId(campaign).singleResult().getTaskDefinitionKey())
                .isEqualTo("UserTask_ScheduleDefense");
        versions.toNew(campaign, CampaignProcess.KEY);
        String soon = TestClock.today().plusDays(5).toString();
        complete(campaign, Map.of(ReviewProcess.DEFENSE_DATE, soon, ReviewProcess.DEFENSE_PLACE, "济南",
                ReviewProcess.DEFENSE_DUE_DATE, soon));
        ProcessInstance group = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign).singleResult();
        assertThat(group.getBusinessKey()).isEqualTo(number + "/DEFENSE/MANAGEMENT");
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).count()).isEqualTo(3);
    }

    /**
     * Issue 16: today's campaign tells its cases by throw events; a campaign left on a version before them (here the
     * models before 0062, which a campaign waiting at the old events keeps) tells them from its steps, as then: the case
     * the final list leaves off ends with the office's reason, the other is awarded, each told once.
     */
    @Test
    void a_campaign_left_on_a_version_before_the_throw_events_still_tells_its_cases_from_its_steps() {
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts).provincial(2026, "shandong",
                List.of("旧版留名有限公司", "旧版不列入有限公司"), List.of("shandong-jinan"), TestApplications.SHANDONG_CODE);
        String campaign = listed.campaign().getId();
        String kept = listed.applications().get(0);
        String leftOff = listed.applications().get(1);
        campaignToOld(campaign);
        assertThat(definitionOf(campaign)).isEqualTo(versions.oldId(CampaignProcess.KEY));

        complete(campaign, Map.of(PublicityProcess.PUBLICITY_CHANNELS, Spin.JSON(List.of("provincial-website")),
                PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        new TestCampaigns(engine, jdbc).fireTimer(listed.campaign().getBusinessKey(), "Event_PublicityPeriodEnds");
        complete(campaign, Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, leftOff + "：核实后不列入"));
        assertThat(applications.find(leftOff).orElseThrow()).extracting(Applications.Case::status, Applications.Case::statusReason)
                .containsExactly(ApplicationStatus.NOT_IN_FINAL_LIST, "核实后不列入");
        assertThat(applications.find(kept).orElseThrow().status()).isEqualTo(ApplicationStatus.ON_PRELIMINARY_LIST);
        complete(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE,
                "鲁工信质〔2026〕3号"));
        complete(campaign, Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "鲁工信质〔2026〕5号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));

        assertThat(applications.find(kept).orElseThrow().status()).isEqualTo(ApplicationStatus.AWARDED);
        assertThat(passed(campaign, CampaignProcess.EVENT_SEND_LEFT_OFF_FINAL_LIST) + passed(campaign,
                CampaignProcess.EVENT_SEND_RESULT_ANNOUNCED)).as("the old version has no throw events").isZero();
        assertThat(passed(applications.processOf(leftOff).orElseThrow(), "Event_LeftOffFinalList")).isEqualTo(1);
        assertThat(passed(applications.processOf(kept).orElseThrow(), "Event_ResultAnnounced")).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaign).count()).isZero();
    }

    private long passed(String processInstance, String activity) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstance)
                .activityId(activity).count();
    }

    /** A case of today's version put back on the old one, waiting at its task, then moved by the guide's REST calls. */
    private void moveOldToNew(String processInstance, String key) {
        if (!definitionOf(processInstance).equals(versions.oldId(key))) {
            versions.toOld(processInstance, key);
        }
        versions.toNew(processInstance, key);
        assertThat(definitionOf(processInstance)).isEqualTo(versions.newId(key));
    }

    private String committeeFormed(String number) {
        return TestReviews.committeeFormed(engine, jdbc, store, accounts, number, List.of("shandong-jinan"),
                "迁移" + number.substring(0, 4));
    }

    private void openMaterialReview(String campaign) {
        complete(campaign, Map.of(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
    }

    private List<Task> taskList(String key, String task, String campaign) {
        return tasks.createTaskQuery().processDefinitionKey(key).taskDefinitionKey(task)
                .processInstanceBusinessKeyLike(campaign + "%").list().stream()
                .sorted(Comparator.comparing(Task::getAssignee)).toList();
    }

    private String definitionOf(String processInstance) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstance).singleResult().getProcessDefinitionId();
    }

    private void completeAs(String user, String taskId, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication(user, List.of("committee"));
        try {
            tasks.complete(taskId, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void complete(String processInstance, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId(), variables);
    }
}
