package org.caq.benchmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review stages through the real models: committee, material review with recusal and a late review,
 * deliberation (not shortlisted), defense with a site verification (removed at defense), ministry consultation.
 */
@BenchmarkSpringTest
class ExpertReviewProcessTest {

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired Applications applications;
    @Autowired Campaigns campaigns;
    @Autowired Reviews reviews;
    @Autowired Deliberations deliberations;
    @Autowired MinistryComments ministryComments;
    @Autowired SiteVerifications sites;
    @Autowired Undertakings undertakings;
    @Autowired ApplicationAccess access;

    TestCampaigns testCampaigns;
    TestApplications cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        testCampaigns = new TestCampaigns(engine, jdbc);
        cases = new TestApplications(engine, store, accounts);
    }

    /** A campaign whose passed applications wait for the committee, and the campaign's instance. */
    private ProcessInstance campaignWithPassedApplications(String campaign, String province, List<String> units, List<String> codes) {
        return campaignWithPassedApplications(campaign, province, units, codes, units.stream().map(unit -> "1").toList());
    }

    private ProcessInstance campaignWithPassedApplications(String campaign, String province, List<String> units, List<String> codes,
            List<String> categories) {
        int year = Integer.parseInt(campaign.substring(0, 4));
        if (province == null) {
            testCampaigns.openNational(year, null);
        } else {
            testCampaigns.openProvincial(year, province, null);
        }
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> form = TestApplications.form(units.get(i), "评审" + i + "号有限公司", codes.get(i));
            form.put(ApplicationProcess.SELECTION_CATEGORY, categories.get(i));
            ProcessInstance pi = cases.submit(form);
            cases.attachRequiredMaterials(pi.getBusinessKey(), "applicant1");
            complete(task(pi), withVariables(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            complete(task(pi));
            complete(task(pi), withVariables(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        }
        testCampaigns.fireTimer(campaign, "Event_ApplicationWindowCloses");
        testCampaigns.fireTimer(campaign, "Event_RecommendationDeadline");
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult();
        complete(task(pi));
        return pi;
    }

    private static Map<String, Object> committeeForm(int perApplication, Map<String, Object> picks) {
        Map<String, Object> form = new HashMap<>(picks);
        form.put(ReviewProcess.EXPERTS_PER_APPLICATION, perApplication);
        form.put(ReviewProcess.AGGREGATION_POLICY, "MEAN");
        form.put(ReviewProcess.MAX_SCORE, 100);
        form.put(ReviewProcess.CRITERION_WEIGHTS, "1,1,1");
        return form;
    }

    /** The management group as the office ticks it in the form: its members and its leader. */
    private static Map<String, Object> management(String leader, String... members) {
        return Map.of(GroupTemplate.MANAGEMENT.membersKey(), Spin.JSON(List.of(members)), GroupTemplate.MANAGEMENT.leaderKey(), leader);
    }

    /** The application's review tasks at the stage, once the experts have signed the undertaking they wait on. */
    private List<Task> reviewTasks(String application, ReviewStage stage) {
        TestUndertakings.signAllInCampaign(engine, application.substring(0, application.lastIndexOf('-')));
        return tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey("UserTask_ReviewApplication")
                .processInstanceBusinessKeyLike(application + "/" + stage.name() + "/%").list();
    }

    /** How often the application's case passed an element (a message caught twice would count 2). */
    private long passed(String number, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(applications.processOf(number).orElseThrow())
                .activityId(activity).count();
    }

    private void score(Task task, int points) {
        tasks.complete(task.getId(), Map.of(ReviewProcess.SCORE_1, points, ReviewProcess.SCORE_2, points,
                ReviewProcess.SCORE_3, points, ReviewProcess.COMMENT, "评语" + points));
    }

    private Task deliberationTask(String campaign, ReviewStage stage) {
        TestUndertakings.signAllInCampaign(engine, campaign);
        return tasks.createTaskQuery().processDefinitionKey(DeliberationProcess.KEY).taskDefinitionKey("UserTask_Deliberate")
                .processInstanceBusinessKey(campaign + "/" + stage.name() + "/MANAGEMENT").singleResult();
    }

    @Test
    void runs_from_committee_to_the_ministry_s_consultation() {
        String campaign = "2020-national";
        ProcessInstance pi = campaignWithPassedApplications(campaign, null,
                List.of("jiangsu", "zhejiang", "fujian"),
                List.of(TestApplications.JIANGSU_CODE, TestApplications.ZHEJIANG_CODE, TestApplications.FUJIAN_CODE));
        List<String> numbers = applications.inCampaign(campaign).stream().map(Applications.Case::number).toList();

        // committee
        assertThat(pi).isWaitingAt("UserTask_FormCommittee");
        assertThat(task(pi)).hasCandidateGroup("office");
        assertThat((String) tasks.getVariableLocal(task(pi).getId(), ReviewProcess.COMMITTEE_PROPOSAL))
                .contains("管理方法组").contains("主任委员").contains("赵国强");
        complete(task(pi), committeeForm(3, Map.of()));
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.COMMITTEE_FORMED);

        // material review: assignment without conflicts, balanced
        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        assertThat(pi).isWaitingAt("CallActivity_MaterialReview");
        List<Review> material = reviews.ofCampaign(campaign);
        assertThat(material).hasSize(9).allSatisfy(review -> assertThat(review.groupCode()).isEqualTo("MANAGEMENT"));
        assertThat(numbers).allSatisfy(number ->
                assertThat(applications.find(number).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_MATERIAL_REVIEW));
        // told by the campaign's visible throw event, once per case
        assertThat(pi).hasPassed("Event_SendMaterialReviewOpened");
        assertThat(numbers).allSatisfy(number -> assertThat(passed(number, "Event_MaterialReviewOpened")).isEqualTo(1));
        Task firstTask = reviewTasks(numbers.get(0), ReviewStage.MATERIAL).stream()
                .filter(task -> !task.getAssignee().equals("expert1")).findFirst().orElseThrow();
        assertThat(firstTask.getFollowUpDate()).isNotNull();
        assertThat(firstTask.getName()).as("each review names its case and stage in the list")
                .startsWith("评审申报 " + numbers.get(0) + " ").endsWith("（资料评审）");
        assertThat(firstTask.getDueDate()).isEqualTo(BeijingTime.endOf(TestClock.today().plusDays(10)));

        // recusal: another member of the group takes the review over
        Review recusing = reviews.ofProcess(firstTask.getProcessInstanceId()).orElseThrow();
        assertThatThrownBy(() -> tasks.complete(firstTask.getId(), Map.of(ReviewProcess.RECUSE, true)))
                .isInstanceOf(InvalidInput.class).hasMessage("回避理由为必填项。");
        tasks.complete(firstTask.getId(), Map.of(ReviewProcess.RECUSE, true, ReviewProcess.RECUSAL_REASON, "曾为该企业提供咨询"));
        List<Review> afterRecusal = reviews.ofApplication(numbers.get(0), ReviewStage.MATERIAL);
        assertThat(afterRecusal).hasSize(4);
        assertThat(reviews.find(recusing.id()).orElseThrow())
                .extracting(Review::status, Review::recusalReason).containsExactly(Review.Status.RECUSED, "曾为该企业提供咨询");
        assertThat(afterRecusal).filteredOn(r -> r.status() == Review.Status.ASSIGNED).hasSize(3)
                .extracting(Review::expertCode).doesNotContain(recusing.expertCode());

        // a late review: flagged, the task stays
        Task late = reviewTasks(numbers.get(1), ReviewStage.MATERIAL).get(0);
        ProcessInstance lateReview = runtime.createProcessInstanceQuery().processInstanceId(late.getProcessInstanceId()).singleResult();
        execute(job(lateReview));
        assertThat(reviews.ofApplication(numbers.get(1), ReviewStage.MATERIAL)).anyMatch(Review::late);
        assertThat(lateReview).isWaitingAt("UserTask_ReviewApplication");

        // scores, and the refusal of one out of range
        Task any = reviewTasks(numbers.get(2), ReviewStage.MATERIAL).get(0);
        assertThatThrownBy(() -> tasks.complete(any.getId(), Map.of(ReviewProcess.SCORE_1, 101, ReviewProcess.SCORE_2, 90,
                ReviewProcess.SCORE_3, 90, ReviewProcess.COMMENT, "好")))
                .isInstanceOf(InvalidInput.class).hasMessage("科学性和创新性须在 0 至 100 之间（当前值：101）。");
        int[] points = {90, 80, 60};
        for (int i = 0; i < 3; i++) {
            for (Task review : reviewTasks(numbers.get(i), ReviewStage.MATERIAL)) {
                assertThat(deliberationTask(campaign, ReviewStage.MATERIAL)).isNull();
                score(review, points[i]);
            }
        }

        // deliberation: the leader sees the ranking; the third is not shortlisted
        Task deliberation = deliberationTask(campaign, ReviewStage.MATERIAL);
        assertThat(deliberation.getAssignee()).isEqualTo("expert1");
        assertThat((String) tasks.getVariableLocal(deliberation.getId(), ReviewProcess.RANKING))
                .contains("**活动编号**：" + campaign).contains("**评审阶段**：资料评审").contains("**专业组**：管理方法组")
                .contains("1. " + numbers.get(0)).contains("2. " + numbers.get(1)).contains("综合得分 90.00").contains("评语90");
        assertThatThrownBy(() -> tasks.complete(deliberation.getId(), Map.of(ReviewProcess.SELECTED,
                Spin.JSON(List.of("2020-jiangsu-0001")), ReviewProcess.RATIONALE, "x")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不属于本专业组本轮评审");
        tasks.complete(deliberation.getId(), Map.of(ReviewProcess.SELECTED, Spin.JSON(List.of(numbers.get(0), numbers.get(1))),
                ReviewProcess.RATIONALE, "前两项方法成熟、成效显著"));
        assertThat(applications.find(numbers.get(2)).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_SHORTLISTED);
        assertThat(applications.find(numbers.get(0)).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_DEFENSE_REVIEW);
        assertThat(applications.find(numbers.get(1)).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_DEFENSE_REVIEW);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(deliberation.getProcessInstanceId())
                .activityId("EndEvent_MaterialReviewDecided").count()).as("the deliberation's message end event told the cases")
                .isEqualTo(1);
        assertThat(pi).isWaitingAt("UserTask_ScheduleDefense");

        // defense with a site verification
        String soon = TestClock.today().plusDays(5).toString();
        assertThatThrownBy(() -> complete(task(pi), withVariables(ReviewProcess.DEFENSE_DATE, soon, ReviewProcess.DEFENSE_PLACE, "线上",
                ReviewProcess.DEFENSE_DUE_DATE, soon, ReviewProcess.SITE_VERIFICATIONS, numbers.get(2))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不是本活动入围答辩的申报");
        complete(task(pi), withVariables(ReviewProcess.DEFENSE_DATE, soon, ReviewProcess.DEFENSE_PLACE, "北京 中国质量协会",
                ReviewProcess.DEFENSE_DUE_DATE, soon, ReviewProcess.SITE_VERIFICATIONS, numbers.get(1)));
        assertThat(reviews.ofApplication(numbers.get(0), ReviewStage.DEFENSE)).extracting(Review::expertCode)
                .doesNotContain(recusing.expertCode());
        // only the case the office named starts its site verification, by the campaign's throw event
        assertThat(pi).hasPassed("Event_SendSiteVerificationOrdered");
        assertThat(numbers).extracting(number -> passed(number, "UserTask_RecordSiteVerification")).containsExactly(0L, 1L, 0L);
        for (int i = 0; i < 2; i++) {
            assertThat(reviewTasks(numbers.get(i), ReviewStage.DEFENSE)).hasSize(3);
            for (Task review : reviewTasks(numbers.get(i), ReviewStage.DEFENSE)) {
                score(review, i == 0 ? 95 : 70);
            }
        }
        assertThat(deliberationTask(campaign, ReviewStage.DEFENSE)).as("waits for the site verification's finding").isNull();
        ProcessInstance verified = runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(1))
                .processDefinitionKey(ApplicationProcess.KEY).singleResult();
        complete(task(verified), withVariables(ReviewProcess.SITE_VERIFICATION_FINDING, "现场数据与材料一致"));
        assertThat(sites.finding(numbers.get(1))).contains("现场数据与材料一致");
        Task defense = deliberationTask(campaign, ReviewStage.DEFENSE);
        assertThat((String) tasks.getVariableLocal(defense.getId(), ReviewProcess.RANKING)).contains("现场核查：现场数据与材料一致");
        tasks.complete(defense.getId(), Map.of(ReviewProcess.SELECTED, Spin.JSON(List.of(numbers.get(0))),
                ReviewProcess.RATIONALE, "答辩表现优秀"));
        assertThat(applications.find(numbers.get(1)).orElseThrow().status()).isEqualTo(ApplicationStatus.REMOVED_AT_DEFENSE);
        assertThat(applications.find(numbers.get(0)).orElseThrow().status()).isEqualTo(ApplicationStatus.ON_PRELIMINARY_LIST);
        assertThat(applications.find(numbers.get(2)).orElseThrow().status()).as("not reviewed at defense, not told")
                .isEqualTo(ApplicationStatus.NOT_SHORTLISTED);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(defense.getProcessInstanceId())
                .activityId("EndEvent_DefenseReviewDecided").count()).isEqualTo(1);
        assertThat(deliberations.find(campaign, "MANAGEMENT", ReviewStage.DEFENSE).orElseThrow().selected()).containsExactly(numbers.get(0));

        // the ministry comments; the office must handle every comment
        assertThat(pi).isWaitingAt("UserTask_CommentOnPreliminaryList");
        assertThat(task(pi)).hasCandidateGroup("ministry");
        assertThat((String) runtime.getVariable(pi.getId(), ReviewProcess.PRELIMINARY_LIST)).contains(numbers.get(0));
        complete(task(pi), withVariables(ReviewProcess.MINISTRY_COMMENTS, numbers.get(0) + "：请核实近三年利润数据"));
        assertThat(ministryComments.of(campaign)).containsEntry(numbers.get(0), "请核实近三年利润数据");
        assertThatThrownBy(() -> complete(task(pi), withVariables(ReviewProcess.COMMENT_HANDLING, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("请写明对申报 " + numbers.get(0));
        complete(task(pi), withVariables(ReviewProcess.COMMENT_HANDLING, numbers.get(0) + "：已核实审计报告，数据属实"));

        assertThat(pi).isWaitingAt("UserTask_PublishPublicity");
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.PRELIMINARY_LIST_READY);
    }

    @Test
    void ends_the_review_stages_when_no_application_passed_form_review() {
        ProcessInstance pi = campaignWithPassedApplications("2020-shandong", "shandong", List.of(), List.of());
        complete(task(pi), committeeForm(3, Map.of()));

        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));

        assertThat(pi).isEnded().hasPassed("EndEvent_NothingToReview", "BoundaryEvent_NothingToReview",
                "EndEvent_CampaignEndedWithoutReview").hasNotPassed("EndEvent_MaterialReviewDone", "SubProcess_DefenseReview",
                "UserTask_ScheduleDefense", "EndEvent_CampaignCompleted");
        assertThat(campaigns.status("2020-shandong")).contains(CampaignStatus.NO_REVIEW);
    }

    /** Decision 0082: the phase's error end event ends the whole campaign, not only the phase. */
    @Test
    void ends_the_campaign_when_the_material_review_shortlisted_no_application_for_defense() {
        ProcessInstance pi = campaignWithPassedApplications("2027-shandong", "shandong", List.of("shandong-jinan"),
                List.of(TestApplications.SHANDONG_CODE));
        complete(task(pi), committeeForm(3, management("E01", "E01", "E02", "E04")));
        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        String number = applications.inCampaign("2027-shandong").get(0).number();
        reviewTasks(number, ReviewStage.MATERIAL).forEach(review -> score(review, 60));
        tasks.complete(deliberationTask("2027-shandong", ReviewStage.MATERIAL).getId(),
                Map.of(ReviewProcess.SELECTED, Spin.JSON(List.of()), ReviewProcess.RATIONALE, "均未达到入围答辩的要求"));
        String soon = TestClock.today().plusDays(5).toString();

        complete(task(pi), withVariables(ReviewProcess.DEFENSE_DATE, soon, ReviewProcess.DEFENSE_PLACE, "济南",
                ReviewProcess.DEFENSE_DUE_DATE, soon));

        assertThat(pi).isEnded().hasPassed("EndEvent_NothingToDefend", "BoundaryEvent_NothingToDefend",
                "EndEvent_CampaignEndedWithoutDefense").hasNotPassed("EndEvent_DefenseReviewDone", "SubProcess_PreliminaryList",
                "ServiceTask_SendPreliminaryList", "EndEvent_CampaignCompleted");
        assertThat(campaigns.status("2027-shandong")).contains(CampaignStatus.NO_REVIEW);
    }

    @Test
    void proposes_a_committee_that_is_valid_as_proposed_with_as_many_experts_as_every_application_can_have() {
        ProcessInstance pi = campaignWithPassedApplications("2016-jiangsu", "jiangsu", List.of("jiangsu-changzhou", "jiangsu-suzhou"),
                List.of(TestApplications.JIANGSU_CODE, TestApplications.JIANGSU_CODE), List.of("1", "2"));
        Task task = task(pi);
        String proposal = (String) tasks.getVariableLocal(task.getId(), ReviewProcess.COMMITTEE_PROPOSAL);
        assertThat(proposal).as("the digital group's Jiangsu member (E07) must keep away from Jiangsu's applications")
                .contains("**每项申报的评审专家人数**：4 位").contains("数字化与新模式组与申报 2016-jiangsu-0002 无需回避的专家只有 4 位");
        assertThat(tasks.getVariableLocal(task.getId(), GroupTemplate.DIGITAL.optionsKey()).toString())
                .contains("E07 周敏（数字化 · 东南大学；须回避 2016-jiangsu-0002）");
        assertThat(tasks.getVariableLocal(task.getId(), GroupTemplate.SERVICE.neededKey())).isEqualTo(false);

        // 完成 as the form shows it: the proposal's picks and the form's own defaults
        Map<String, Object> shown = new HashMap<>(tasks.getVariables(task.getId()));
        complete(task, withVariables(ReviewProcess.EXPERTS_PER_APPLICATION, shown.get(ReviewProcess.EXPERTS_PER_APPLICATION),
                ReviewProcess.COMMITTEE_CHAIR, shown.get(ReviewProcess.COMMITTEE_CHAIR),
                ReviewProcess.COMMITTEE_VICE_CHAIR, shown.get(ReviewProcess.COMMITTEE_VICE_CHAIR),
                GroupTemplate.DIGITAL.membersKey(), shown.get(GroupTemplate.DIGITAL.membersKey()),
                GroupTemplate.DIGITAL.leaderKey(), shown.get(GroupTemplate.DIGITAL.leaderKey()),
                ReviewProcess.AGGREGATION_POLICY, "TRIMMED_MEAN", ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));

        assertThat(campaigns.status("2016-jiangsu")).contains(CampaignStatus.COMMITTEE_FORMED);
        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        assertThat(reviews.ofCampaign("2016-jiangsu")).hasSize(8).extracting(Review::expertCode).doesNotContain("E07");
    }

    @Test
    void refuses_a_committee_that_breaks_the_rules_of_articles_13_and_14() {
        ProcessInstance pi = campaignWithPassedApplications("2019-jiangsu", "jiangsu", List.of("jiangsu-changzhou"),
                List.of(TestApplications.JIANGSU_CODE));

        assertThatThrownBy(() -> complete(task(pi), committeeForm(3, Map.of(ReviewProcess.COMMITTEE_CHAIR, "E01"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("具有质量领域全面综合业务能力");
        assertThatThrownBy(() -> complete(task(pi), committeeForm(3, management("E01", "E01", "E02"))))
                .isInstanceOf(InvalidInput.class).hasMessage("管理方法组只有 2 位专家，少于每项申报的评审专家人数 3。");
        assertThatThrownBy(() -> complete(task(pi), committeeForm(3, management("E01", "E01", "E02", "X99"))))
                .isInstanceOf(InvalidInput.class).hasMessage("管理方法组成员的专家编号 X99 不在专家库中。");
        assertThatThrownBy(() -> complete(task(pi), committeeForm(3, management("E05", "E01", "E02", "E04"))))
                .isInstanceOf(InvalidInput.class).hasMessage("管理方法组的组长须为本组成员（当前选择：E05）。");
        assertThatThrownBy(() -> complete(task(pi), committeeForm(3, management("E07", "E01", "E02", "E07"))))
                .as("every broken rule at once: the leader's conflict and the application short of experts")
                .isInstanceOf(InvalidInput.class)
                .hasMessage("请修改以下 2 处后再提交：\n"
                        + "1. 管理方法组组长 周敏（E07）与申报 2019-jiangsu-0001 须回避（同一地区），请另选组长。\n"
                        + "2. 申报 2019-jiangsu-0001 在管理方法组只有 2 位无需回避的专家，少于每项 3 位：请为本组增加专家或减少每项评审专家人数。");
        assertThatThrownBy(() -> complete(task(pi), committeeForm(3, Map.of(GroupTemplate.MANAGEMENT.membersKey(), Spin.JSON(List.of())))))
                .isInstanceOf(InvalidInput.class).hasMessage("管理方法组至少需要一位成员：请勾选本组的专家。");

        complete(task(pi), committeeForm(3, management("E04", "E01", "E02", "E04")));
        assertThat(pi).isWaitingAt("UserTask_OpenMaterialReview");
    }

    @Test
    void refuses_a_recusal_when_the_group_has_nobody_left_to_take_the_review() {
        ProcessInstance pi = campaignWithPassedApplications("2018-shandong", "shandong", List.of("shandong-jinan"),
                List.of(TestApplications.BEIJING_CODE));
        complete(task(pi), committeeForm(3, management("E02", "E02", "E04", "E05")));
        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        String number = applications.inCampaign("2018-shandong").get(0).number();
        Task review = reviewTasks(number, ReviewStage.MATERIAL).stream()
                .filter(task -> !task.getAssignee().equals("expert2")).findFirst().orElseThrow();

        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of(ReviewProcess.RECUSE, true, ReviewProcess.RECUSAL_REASON, "亲属任职")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("本专业组已无可接替评审的专家");
        assertThat(reviews.ofApplication(number, ReviewStage.MATERIAL)).allMatch(r -> r.status() == Review.Status.ASSIGNED);
        Task leaders = reviewTasks(number, ReviewStage.MATERIAL).stream()
                .filter(task -> task.getAssignee().equals("expert2")).findFirst().orElseThrow();
        assertThatThrownBy(() -> tasks.complete(leaders.getId(), Map.of(ReviewProcess.RECUSE, true, ReviewProcess.RECUSAL_REASON, "亲属任职")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("您是本专业组组长");
    }

    @Test
    void never_assigns_an_expert_of_the_applicant_s_region_and_lets_a_province_decide_without_the_ministry() {
        ProcessInstance pi = campaignWithPassedApplications("2017-shandong", "shandong", List.of("shandong-yantai"),
                List.of(TestApplications.SHANDONG_CODE));
        complete(task(pi), committeeForm(3, management("E01", "E01", "E02", "E04", "E10")));
        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        String number = applications.inCampaign("2017-shandong").get(0).number();
        assertThat(reviews.ofCampaign("2017-shandong")).extracting(Review::expertCode).hasSize(3).doesNotContain("E10");

        reviewTasks(number, ReviewStage.MATERIAL).forEach(review -> score(review, 85));
        tasks.complete(deliberationTask("2017-shandong", ReviewStage.MATERIAL).getId(),
                Map.of(ReviewProcess.SELECTED, Spin.JSON(List.of(number)), ReviewProcess.RATIONALE, "入围"));
        String soon = TestClock.today().plusDays(5).toString();
        complete(task(pi), withVariables(ReviewProcess.DEFENSE_DATE, soon, ReviewProcess.DEFENSE_PLACE, "济南",
                ReviewProcess.DEFENSE_DUE_DATE, soon));
        reviewTasks(number, ReviewStage.DEFENSE).forEach(review -> score(review, 90));
        tasks.complete(deliberationTask("2017-shandong", ReviewStage.DEFENSE).getId(),
                Map.of(ReviewProcess.SELECTED, Spin.JSON(List.of(number)), ReviewProcess.RATIONALE, "列入"));

        assertThat(pi).isWaitingAt("UserTask_PublishPublicity").hasNotPassed("UserTask_CommentOnPreliminaryList");
        assertThat(campaigns.status("2017-shandong")).contains(CampaignStatus.PRELIMINARY_LIST_READY);
    }

    /** Art. 15: nothing of a campaign's applications opens to an expert before they sign its undertaking, once. */
    @Test
    void opens_no_application_to_an_expert_before_they_sign_the_campaign_s_confidentiality_undertaking_once() {
        String campaign = "2015-shandong";
        ProcessInstance pi = campaignWithPassedApplications(campaign, "shandong", List.of("shandong-jinan", "shandong-qingdao"),
                List.of(TestApplications.BEIJING_CODE, TestApplications.BEIJING_CODE));
        complete(task(pi), committeeForm(3, management("E02", "E02", "E04", "E05")));
        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        Applications.Case application = applications.inCampaign(campaign).get(0);
        List<Task> waiting = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).processInstanceBusinessKeyLike(campaign + "%")
                .list();
        assertThat(waiting).hasSize(6).allSatisfy(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo(Undertakings.SIGN_TASK);
            assertThat(runtime.getVariables(task.getProcessInstanceId())).doesNotContainKey(ApplicationProcess.ABSTRACT);
            assertThat(tasks.getVariables(task.getId()).values().toString()).doesNotContain(application.application().abstractText());
        });
        Task expert2s = waiting.stream().filter(task -> task.getAssignee().equals("expert2")).findFirst().orElseThrow();
        assertThat(readsAs("expert2", application)).isFalse();

        assertThatThrownBy(() -> tasks.complete(expert2s.getId(), Map.of())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("请阅读并勾选保密承诺");
        engine.getIdentityService().setAuthentication("expert4", List.of("committee"));
        try {
            assertThatThrownBy(() -> tasks.complete(expert2s.getId(), Map.of(ConfidentialityUndertaking.ACCEPTED, true)))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        TestUndertakings.sign(engine, expert2s);

        assertThat(undertakings.find(campaign, "expert2").orElseThrow()).satisfies(signed -> {
            assertThat(signed.textVersion()).isEqualTo(ConfidentialityUndertaking.VERSION);
            assertThat(signed.signedBy()).isEqualTo("expert2");
            assertThat(signed.signedAt()).isCloseTo(BeijingTime.now(), within(1, ChronoUnit.MINUTES));
        });
        List<Task> expert2Reviews = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskAssignee("expert2")
                .processInstanceBusinessKeyLike(campaign + "%").list();
        assertThat(expert2Reviews).as("one signature covers every review of the campaign").hasSize(2)
                .allSatisfy(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_ReviewApplication"));
        assertThat(expert2Reviews).anySatisfy(task -> assertThat(tasks.getVariableLocal(task.getId(), ApplicationProcess.ABSTRACT))
                .isEqualTo(application.application().abstractText()));
        assertThat(readsAs("expert2", application)).isTrue();
        assertThat(readsAs("expert4", application)).as("another expert has not signed yet").isFalse();
        assertThat(undertakings.signed("2020-national", "expert2")).as("the undertaking is the campaign's").isFalse();
    }

    @Test
    void takes_an_application_s_materials_from_an_expert_who_recuses() {
        String campaign = "2014-shandong";
        ProcessInstance pi = campaignWithPassedApplications(campaign, "shandong", List.of("shandong-jinan"),
                List.of(TestApplications.BEIJING_CODE));
        complete(task(pi), committeeForm(3, management("E02", "E02", "E04", "E05", "E07")));
        complete(task(pi), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        Applications.Case application = applications.inCampaign(campaign).get(0);
        Task review = reviewTasks(application.number(), ReviewStage.MATERIAL).stream()
                .filter(task -> !task.getAssignee().equals("expert2")).findFirst().orElseThrow();
        assertThat(readsAs(review.getAssignee(), application)).isTrue();

        tasks.complete(review.getId(), Map.of(ReviewProcess.RECUSE, true, ReviewProcess.RECUSAL_REASON, "曾在该企业任职"));
        assertThat(readsAs(review.getAssignee(), application)).isFalse();
        assertThat(reviewTasks(application.number(), ReviewStage.MATERIAL)).extracting(Task::getAssignee)
                .hasSize(3).doesNotContain(review.getAssignee()).allSatisfy(expert -> assertThat(readsAs(expert, application)).isTrue());
    }

    private boolean readsAs(String expert, Applications.Case application) {
        engine.getIdentityService().setAuthentication(expert, List.of("committee"));
        try {
            return access.canRead(application);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
