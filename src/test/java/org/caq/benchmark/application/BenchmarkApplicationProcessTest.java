package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.caq.benchmark.model.ApplicationProcess.FORM_REVIEW_DECISION;
import static org.caq.benchmark.model.ApplicationProcess.FORM_REVIEW_REASON;
import static org.caq.benchmark.model.ApplicationProcess.RECOMMENDATION_COMMENT;
import static org.caq.benchmark.model.ApplicationProcess.RECOMMENDATION_DECISION;
import static org.caq.benchmark.model.ApplicationProcess.SUPPLEMENT_DUE_DATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplicants;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.review.SiteVerifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path through benchmark-application: each end event, each gateway branch, each timer and message. */
@BenchmarkSpringTest
class BenchmarkApplicationProcessTest {

    static final int YEAR = 2021;

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired RuntimeService runtime;
    @Autowired Applications applications;
    @Autowired DocumentStore store;
    @Autowired JdbcClient jdbc;
    @Autowired SiteVerifications siteVerifications;
    @Autowired Quotas quotas;

    TestCampaigns campaigns;
    TestApplications cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        campaigns = new TestCampaigns(engine, jdbc);
        cases = new TestApplications(engine, store, accounts);
        campaigns.openNational(YEAR, "cmif=1", List.of("jiangsu", "shandong"));
    }

    /**
     * An online form submitted and waiting for its unit, with the materials it will need put there in advance; the
     * enterprise is registered where the unit recommends (Art. 17): Shandong's in Jinan, every other one here in Suzhou.
     */
    private ProcessInstance submitted(String unit, String enterprise) {
        String code = "shandong".equals(unit) ? TestApplications.SHANDONG_CODE : TestApplications.JIANGSU_CODE;
        ProcessInstance pi = cases.submit(TestApplications.form(unit, enterprise, code));
        cases.attachRequiredMaterials(pi.getBusinessKey(), "applicant1");
        return pi;
    }

    /**
     * Units with quota to spare, taken in turn so that no test runs out of places: national industry associations, which
     * recommend by industry and so take the Jiangsu-registered enterprises of these tests (Art. 17).
     */
    static final String[] UNITS = {"cmqa", "cisa", "cnia", "cpcif", "cnlic", "cntac", "cbmf", "ceic", "ceqa", "casme"};
    static final AtomicInteger NEXT_UNIT = new AtomicInteger();

    private String unitOf(ProcessInstance pi) {
        return applications.find(pi.getBusinessKey()).orElseThrow().recommendingUnit();
    }

    /** Recommended by its unit and its materials handed in: waiting for form review. */
    private ProcessInstance recommended(String enterprise) {
        ProcessInstance pi = submitted(UNITS[NEXT_UNIT.getAndIncrement() % UNITS.length], enterprise);
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));
        complete(task(pi));
        return pi;
    }

    private ApplicationStatus statusOf(ProcessInstance pi) {
        return applications.find(pi.getBusinessKey()).orElseThrow().status();
    }

    /** Art. 17 "对本地区（行业）的申报单位进行初步审核": a regional unit takes only enterprises registered in its region. */
    @Test
    void refuses_a_regional_unit_for_an_enterprise_registered_outside_its_region_and_keeps_nothing() {
        long before = applications.inCampaign(YEAR + "-national").size();
        assertThatThrownBy(() -> cases.submit(TestApplications.form("zhejiang", "跨省申报有限公司", TestApplications.JIANGSU_CODE)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("第十七条").hasMessageContaining("行政区划 320500")
                .hasMessageContaining("浙江省经济和信息化厅");
        assertThatThrownBy(() -> cases.submit(TestApplications.form("qingdao", "济南申报有限公司", TestApplications.SHANDONG_CODE)))
                .as("a separately-planned city takes its own enterprises only").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("行政区划 370100");
        assertThat(applications.inCampaign(YEAR + "-national")).hasSize((int) before);

        assertThat(cases.submit(TestApplications.form("shandong", "青岛申报甲有限公司", TestApplications.QINGDAO_CODE)))
                .as("an enterprise of a separately-planned city may go to its province").isNotNull();
        assertThat(cases.submit(TestApplications.form("qingdao", "青岛申报乙有限公司", TestApplications.QINGDAO_CODE))).isNotNull();
        assertThat(cases.submit(TestApplications.form("cmqa", "跨省行业申报有限公司", TestApplications.FUJIAN_CODE)))
                .as("an industry association recommends by industry").isNotNull();
    }

    @Test
    void numbers_the_case_hands_the_online_form_to_the_unit_and_keeps_the_long_texts() {
        ProcessInstance pi = cases.submit(TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE));

        assertThat(pi.getBusinessKey()).matches(YEAR + "-national-\\d{4}");
        assertThat(pi).isWaitingAt("UserTask_RecommendApplication");
        assertThat(task(pi)).hasCandidateGroup("unit-jiangsu");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
        assertThat(applications.find(pi.getBusinessKey()).orElseThrow().application().methodApplication()).hasSize(7000);
        assertThat(runtime.getVariable(pi.getId(), ApplicationProcess.METHOD_APPLICATION)).asString().hasSize(7000);
    }

    @Test
    void goes_to_form_review_when_recommended_and_waits_for_material_review_when_passed() {
        ProcessInstance pi = recommended("华东精密机械股份有限公司");

        assertThat(pi).hasPassedInOrder("ServiceTask_RecordRecommendationDecision", "UserTask_UploadMaterials",
                "ServiceTask_SubmitApplication", "ServiceTask_CheckEligibility").isWaitingAt("UserTask_ReviewForm");
        assertThat(task(pi)).hasCandidateGroup("office");
        assertThat((String) runtime.getVariable(pi.getId(), ApplicationProcess.ELIGIBILITY_FINDINGS))
                .contains("✔ 申报材料齐全").doesNotContain("✘");

        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "pass"));

        assertThat(pi).isWaitingAt("Event_MaterialReviewOpened");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.AWAITING_MATERIAL_REVIEW);
        correlate(pi, ApplicationProcess.MATERIAL_REVIEW_OPENED, Map.of());
        assertThat(pi).isWaitingAt("Event_MaterialReviewDecided");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.IN_MATERIAL_REVIEW);
    }

    private void correlate(ProcessInstance pi, String message, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceId(pi.getId()).setVariables(variables).correlate();
    }

    private ProcessInstance inMaterialReview(String enterprise) {
        ProcessInstance pi = recommended(enterprise);
        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "pass"));
        correlate(pi, ApplicationProcess.MATERIAL_REVIEW_OPENED, Map.of());
        return pi;
    }

    @Test
    void ends_when_material_review_does_not_shortlist_it() {
        ProcessInstance pi = inMaterialReview("未入围有限公司");

        correlate(pi, ReviewProcess.MATERIAL_REVIEW_DECIDED, Map.of(ReviewProcess.SHORTLISTED, false));

        assertThat(pi).isEnded().hasPassed("EndEvent_NotShortlisted");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.NOT_SHORTLISTED);
    }

    @Test
    void ends_when_removed_at_defense_and_waits_for_the_list_s_outcome_when_kept_on_the_preliminary_list() {
        ProcessInstance removed = inMaterialReview("答辩落选有限公司");
        ProcessInstance kept = inMaterialReview("答辩入选有限公司");
        correlate(removed, ReviewProcess.MATERIAL_REVIEW_DECIDED, Map.of(ReviewProcess.SHORTLISTED, true));
        correlate(kept, ReviewProcess.MATERIAL_REVIEW_DECIDED, Map.of(ReviewProcess.SHORTLISTED, true));
        assertThat(statusOf(kept)).isEqualTo(ApplicationStatus.IN_DEFENSE_REVIEW);

        correlate(removed, ReviewProcess.DEFENSE_REVIEW_DECIDED, Map.of(ReviewProcess.ON_PRELIMINARY_LIST, false));
        correlate(kept, ReviewProcess.DEFENSE_REVIEW_DECIDED, Map.of(ReviewProcess.ON_PRELIMINARY_LIST, true));

        assertThat(removed).isEnded().hasPassed("EndEvent_RemovedAtDefense");
        assertThat(statusOf(removed)).isEqualTo(ApplicationStatus.REMOVED_AT_DEFENSE);
        assertThat(kept).isWaitingAt("Gateway_ListOutcome");
        assertThat(statusOf(kept)).isEqualTo(ApplicationStatus.ON_PRELIMINARY_LIST);
        correlate(kept, ApplicationProcess.RESULT_ANNOUNCED, Map.of());
        assertThat(kept).isEnded().hasPassed("EndEvent_Awarded");
        assertThat(statusOf(kept)).isEqualTo(ApplicationStatus.AWARDED);
    }

    private ProcessInstance onPreliminaryList(String enterprise) {
        ProcessInstance pi = inMaterialReview(enterprise);
        correlate(pi, ReviewProcess.MATERIAL_REVIEW_DECIDED, Map.of(ReviewProcess.SHORTLISTED, true));
        correlate(pi, ReviewProcess.DEFENSE_REVIEW_DECIDED, Map.of(ReviewProcess.ON_PRELIMINARY_LIST, true));
        return pi;
    }

    @Test
    void ends_removed_from_the_list_when_an_objection_is_upheld() {
        ProcessInstance pi = onPreliminaryList("异议成立有限公司");

        correlate(pi, ApplicationProcess.OBJECTION_UPHELD, Map.of());

        assertThat(pi).isEnded().hasPassed("EndEvent_RemovedAfterObjection");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.REMOVED_AFTER_OBJECTION);
    }

    @Test
    void ends_with_the_office_s_note_when_left_off_the_final_list() {
        ProcessInstance pi = onPreliminaryList("未列入结果有限公司");

        correlate(pi, ApplicationProcess.LEFT_OFF_FINAL_LIST, Map.of(ApplicationProcess.FINAL_LIST_NOTE, "按工信部意见核实，近三年利润数据不实"));

        assertThat(pi).isEnded().hasPassed("EndEvent_NotInFinalList");
        assertThat(applications.find(pi.getBusinessKey()).orElseThrow())
                .extracting(Applications.Case::status, Applications.Case::statusReason)
                .containsExactly(ApplicationStatus.NOT_IN_FINAL_LIST, "按工信部意见核实，近三年利润数据不实");
    }

    @Test
    void records_an_ordered_site_verification_without_leaving_the_finding_where_the_applicant_reads() {
        ProcessInstance pi = inMaterialReview("现场核查有限公司");
        jdbc.sql("insert into site_verification (application_number, ordered_at) values (?, current_timestamp)")
                .param(pi.getBusinessKey()).update();

        correlate(pi, ReviewProcess.SITE_VERIFICATION_ORDERED, Map.of());

        assertThat(task(pi)).hasDefinitionKey("UserTask_RecordSiteVerification").hasCandidateGroup("office");
        complete(task(pi), withVariables(ReviewProcess.SITE_VERIFICATION_FINDING, "现场核实数据属实"));
        assertThat(pi).hasPassedInOrder("ServiceTask_RecordSiteVerification", "Event_SiteVerificationRecorded",
                "EndEvent_SiteVerificationRecorded").isWaitingAt("Event_MaterialReviewDecided");
        assertThat(siteVerifications.finding(pi.getBusinessKey())).contains("现场核实数据属实");
        assertThat(runtime.getVariable(pi.getId(), ReviewProcess.SITE_VERIFICATION_FINDING)).isNull();
    }

    @Test
    void ends_as_not_recommended_in_time_when_the_deadline_passes_while_the_unit_or_the_applicant_has_it() {
        ProcessInstance waiting = submitted("jiangsu", "超时等待有限公司");
        ProcessInstance revising = submitted("jiangsu", "超时修改有限公司");
        complete(task(revising), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请修改"));

        assertThat(job(waiting).getDuedate()).isEqualTo(BeijingTime.endOf(LocalDate.of(YEAR, 7, 20)));
        execute(job(waiting));
        execute(job(revising));

        assertThat(waiting).isEnded().hasPassed("EndEvent_NotRecommendedInTime");
        assertThat(revising).isEnded().hasPassed("EndEvent_NotRecommendedInTime");
        assertThat(statusOf(revising)).isEqualTo(ApplicationStatus.NOT_RECOMMENDED_IN_TIME);
    }

    @Test
    void files_the_case_under_the_authenticated_applicant_whatever_the_start_variables_say() {
        Map<String, Object> form = TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE);
        form.put(ApplicationProcess.APPLICANT, "applicant2");

        ProcessInstance pi = cases.submit(form);
        cases.attachSealedRecommendation(pi.getBusinessKey());
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));

        assertThat(applications.find(pi.getBusinessKey()).orElseThrow().applicantUser()).isEqualTo("applicant1");
        assertThat(task(pi)).hasDefinitionKey("UserTask_UploadMaterials").isAssignedTo("applicant1");
    }

    @Test
    void ignores_case_identity_variables_set_by_whoever_completes_a_task() {
        ProcessInstance victim = submitted("shandong", "受害有限公司");
        ProcessInstance attacker = submitted("jiangsu", "篡改有限公司");
        complete(task(attacker), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请修改"));
        Map<String, Object> tampered = TestApplications.form("jiangsu", "篡改有限公司", TestApplications.JIANGSU_CODE);
        tampered.put(ApplicationProcess.APPLICATION_NUMBER, victim.getBusinessKey());
        tampered.put(ApplicationProcess.CAMPAIGN_NUMBER, "junk");

        complete(task(attacker), tampered);
        int cmifBefore = quotas.find(YEAR + "-national", "cmif").orElseThrow().used();
        int jiangsuBefore = quotas.find(YEAR + "-national", "jiangsu").orElseThrow().used();
        complete(task(attacker), withVariables(RECOMMENDATION_DECISION, "recommend", ApplicationProcess.RECOMMENDING_UNIT, "cmif"));

        assertThat(applications.find(victim.getBusinessKey()).orElseThrow())
                .extracting(c -> c.application().enterpriseName(), Applications.Case::status)
                .containsExactly("受害有限公司", ApplicationStatus.AWAITING_RECOMMENDATION);
        assertThat(task(victim)).hasCandidateGroup("unit-shandong");
        assertThat(attacker).isWaitingAt("UserTask_UploadMaterials");
        assertThat(quotas.find(YEAR + "-national", "cmif").orElseThrow().used()).isEqualTo(cmifBefore);
        assertThat(quotas.find(YEAR + "-national", "jiangsu").orElseThrow().used()).isEqualTo(jiangsuBefore + 1);
    }

    @Test
    void offers_the_recommendation_to_the_unit_group_with_its_remaining_quota() {
        ProcessInstance pi = submitted("jiangsu", "苏南精工集团有限公司");

        assertThat(pi).isWaitingAt("UserTask_RecommendApplication");
        assertThat(task(pi)).hasCandidateGroup("unit-jiangsu");
        assertThat((String) engine.getTaskService().getVariableLocal(task(pi).getId(), ApplicationProcess.REMAINING_QUOTA))
                .contains("江苏省工业和信息化厅").contains("推荐名额为 5 项");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    }

    /**
     * Seed 001 §1(2)4 "申报单位需在线填写推荐表，经组织单位审核通过后提交申报材料": the applicant has no task while its unit
     * decides, the materials task comes only from the unit's recommendation, and handing in still needs the materials.
     */
    @Test
    void asks_for_the_materials_only_after_the_unit_recommended_the_online_form() {
        Map<String, Object> form = TestApplications.form("jiangsu", "先审后交有限公司", TestApplications.JIANGSU_CODE);
        String applicant = cases.applicantOf(form);
        ProcessInstance pi = cases.submit(form);

        assertThat(pi).isWaitingAt("UserTask_RecommendApplication");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskAssignee(applicant).list())
                .as("the applicant has nothing to do while its unit decides").isEmpty();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(ApplicationProcess.USER_TASK_UPLOAD_MATERIALS).list()).isEmpty();

        cases.attachSealedRecommendation(pi.getBusinessKey());
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));

        assertThat(pi).isWaitingAt("UserTask_UploadMaterials");
        assertThat(task(pi)).isAssignedTo(applicant).hasDueDate(BeijingTime.endOf(LocalDate.of(YEAR, 7, 20)));
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.MATERIALS_PENDING);
        assertThatThrownBy(() -> complete(task(pi))).isInstanceOf(InvalidInput.class)
                .hasMessage("请先上传典型经验材料、加盖公章的申报书，再提交。");
        assertThat(pi).isWaitingAt("UserTask_UploadMaterials");

        cases.attachApplicantMaterials(pi.getBusinessKey(), applicant);
        complete(task(pi));
        assertThat(pi).hasPassedInOrder("UserTask_RecommendApplication", "ServiceTask_RecordRecommendationDecision",
                "UserTask_UploadMaterials", "ServiceTask_SubmitApplication", "ServiceTask_CheckEligibility")
                .isWaitingAt("UserTask_ReviewForm");
    }

    @Test
    void ends_as_not_submitted_when_the_recommendation_deadline_passes_before_the_materials_are_in() {
        ProcessInstance pi = cases.submit(TestApplications.form("jiangsu", "迟到有限公司", TestApplications.JIANGSU_CODE));
        cases.attachSealedRecommendation(pi.getBusinessKey());
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));

        assertThat(job(pi).getDuedate()).isEqualTo(BeijingTime.endOf(LocalDate.of(YEAR, 7, 20)));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_NotSubmittedInTime");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.NOT_SUBMITTED_IN_TIME);
    }

    @Test
    void returns_for_revision_as_often_as_needed_and_then_recommends() {
        ProcessInstance pi = submitted("jiangsu", "反复修改有限公司");
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请补充三年对比数据"));

        assertThat(pi).isWaitingAt("UserTask_ReviseApplication");
        assertThat(task(pi)).isAssignedTo(cases.applicantOf(TestApplications.form("jiangsu", "反复修改有限公司", TestApplications.JIANGSU_CODE)));
        assertThat(applications.find(pi.getBusinessKey()).orElseThrow().statusReason()).isEqualTo("请补充三年对比数据");

        Map<String, Object> revised = TestApplications.form("jiangsu", "反复修改有限公司", TestApplications.JIANGSU_CODE);
        revised.put(ApplicationProcess.EFFECTS, "补充：近三年合格率 97.1%、98.4%、99.2%。");
        complete(task(pi), revised);
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "再精简摘要"));
        complete(task(pi), TestApplications.form("jiangsu", "反复修改有限公司", TestApplications.JIANGSU_CODE));
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));

        assertThat(pi).isWaitingAt("UserTask_UploadMaterials");
        complete(task(pi));
        assertThat(pi).isWaitingAt("UserTask_ReviewForm");
    }

    /** A revision for the unit is of the online form: it needs no materials, which come after the recommendation. */
    @Test
    void takes_a_revision_of_the_online_form_before_any_material_is_uploaded() {
        ProcessInstance pi = cases.submit(TestApplications.form("jiangsu", "未传材料修改有限公司", TestApplications.JIANGSU_CODE));
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请补充摘要"));

        assertThat(pi).isWaitingAt("UserTask_ReviseApplication").hasNotPassed("UserTask_UploadMaterials");
        complete(task(pi), TestApplications.form("jiangsu", "未传材料修改有限公司", TestApplications.JIANGSU_CODE));

        assertThat(pi).hasPassed("ServiceTask_UpdateApplication").isWaitingAt("UserTask_RecommendApplication");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
    }

    @Test
    void does_not_read_a_decision_the_applicant_sent_with_its_revision_as_the_unit_s() {
        ProcessInstance pi = submitted("jiangsu", "自荐修改有限公司");
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请补充摘要"));
        Map<String, Object> revision = TestApplications.form("jiangsu", "自荐修改有限公司", TestApplications.JIANGSU_CODE);
        revision.put(RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND);
        complete(task(pi), revision);

        assertThat(pi).isWaitingAt("UserTask_RecommendApplication");
        assertThatThrownBy(() -> complete(task(pi), Map.of())).isInstanceOf(InvalidInput.class).hasMessageContaining("推荐意见");
        assertThat(pi).isWaitingAt("UserTask_RecommendApplication").hasNotPassed("UserTask_UploadMaterials");
    }

    @Test
    void refuses_a_revision_that_moves_the_case_to_another_unit() {
        ProcessInstance pi = submitted("jiangsu", "换单位有限公司");
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请修改"));

        assertThatThrownBy(() -> complete(task(pi), TestApplications.form("shandong", "换单位有限公司", TestApplications.JIANGSU_CODE)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("推荐单位在提交后不能更改");
        assertThat(pi).isWaitingAt("UserTask_ReviseApplication");
    }

    @Test
    void refuses_a_revision_as_another_enterprise() {
        ProcessInstance pi = submitted("jiangsu", "改名有限公司");
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请修改"));
        Map<String, Object> foreign = TestApplications.form("jiangsu", "改名有限公司", TestApplications.JIANGSU_CODE);
        foreign.put(ApplicationProcess.CREDIT_CODE, TestApplicants.codeOf("华东精密机械股份有限公司", TestApplications.JIANGSU_CODE));

        assertThatThrownBy(() -> complete(task(pi), foreign)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("本账号（" + cases.applicantOf(foreign) + "）只能以所绑定的企业申报：改名有限公司");
        assertThat(pi).isWaitingAt("UserTask_ReviseApplication");
    }

    @Test
    void ends_as_not_recommended_with_the_unit_s_reason_when_declined() {
        ProcessInstance pi = submitted("jiangsu", "婉拒有限公司");

        assertThatThrownBy(() -> complete(task(pi), withVariables(RECOMMENDATION_DECISION, "decline")))
                .isInstanceOf(InvalidInput.class).hasMessage("不予推荐的理由为必填项。");
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "decline", RECOMMENDATION_COMMENT, "方法应用时间不足"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Declined", "EndEvent_NotRecommended").hasNotPassed("UserTask_UploadMaterials");
        assertThat(applications.find(pi.getBusinessKey()).orElseThrow())
                .extracting(Applications.Case::status, Applications.Case::statusReason)
                .containsExactly(ApplicationStatus.NOT_RECOMMENDED, "方法应用时间不足");
    }

    @Test
    void refuses_a_recommendation_beyond_the_unit_s_quota() {
        ProcessInstance first = submitted("cmif", "机械一号有限公司");
        ProcessInstance second = submitted("cmif", "机械二号有限公司");
        complete(task(first), withVariables(RECOMMENDATION_DECISION, "recommend"));
        engine.getTaskService().claim(task(second).getId(), "cmif");

        assertThat((String) engine.getTaskService().getVariableLocal(task(second).getId(), ApplicationProcess.REMAINING_QUOTA))
                .contains("剩余 0 项");
        assertThatThrownBy(() -> complete(task(second), withVariables(RECOMMENDATION_DECISION, "recommend")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("本单位推荐名额已用完（名额 1 项，已推荐 1 项）");
        assertThat(second).isWaitingAt("UserTask_RecommendApplication");
    }

    /** Seed 001 §1(2)2 "推荐单位填写推荐表并加盖公章": no form review without the unit's sealed 推荐表. */
    @Test
    void refuses_to_recommend_without_the_unit_s_sealed_recommendation_form_and_says_where_to_upload_it() {
        String unit = UNITS[NEXT_UNIT.getAndIncrement() % UNITS.length];
        ProcessInstance pi = cases.submit(TestApplications.form(unit, "未盖章推荐有限公司", TestApplications.JIANGSU_CODE));
        String quotaUsed = "select used from campaign_quota where campaign_number = ? and unit_code = ?";
        int used = jdbc.sql(quotaUsed).params(YEAR + "-national", unit).query(Integer.class).single();

        assertThatThrownBy(() -> complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("推荐前须上传加盖本单位公章的推荐表（缺少：加盖公章的推荐表）")
                .hasMessageContaining("/materials.html?application=" + pi.getBusinessKey());
        assertThat(pi).isWaitingAt("UserTask_RecommendApplication");
        assertThat(jdbc.sql(quotaUsed).params(YEAR + "-national", unit).query(Integer.class).single()).isEqualTo(used);

        cases.attachSealedRecommendation(pi.getBusinessKey());
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));
        assertThat(pi).isWaitingAt("UserTask_UploadMaterials");
    }

    @Test
    void refuses_an_unknown_decision() {
        ProcessInstance pi = submitted("jiangsu", "乱填有限公司");

        assertThatThrownBy(() -> complete(task(pi), withVariables(RECOMMENDATION_DECISION, "maybe")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("当前值：maybe");
    }

    @Test
    void ends_as_failed_with_the_office_s_reason() {
        ProcessInstance pi = recommended("不合格有限公司");

        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "fail", FORM_REVIEW_REASON, "近三年有亏损年度"));

        assertThat(pi).isEnded().hasPassed("EndEvent_FormReviewFailed");
        assertThat(applications.find(pi.getBusinessKey()).orElseThrow().statusReason()).isEqualTo("近三年有亏损年度");
    }

    @Test
    void asks_for_supplementation_and_reviews_again_after_it() {
        ProcessInstance pi = recommended("补正有限公司");
        String due = TestClock.today().plusDays(5).toString();

        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "supplement", FORM_REVIEW_REASON, "申报书缺少公章",
                SUPPLEMENT_DUE_DATE, due));

        assertThat(pi).isWaitingAt("UserTask_SupplementApplication");
        assertThat(task(pi)).isAssignedTo(cases.applicantOf(TestApplications.form(unitOf(pi), "补正有限公司", TestApplications.JIANGSU_CODE)))
                .hasDueDate(BeijingTime.endOf(LocalDate.parse(due)));
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);

        complete(task(pi), TestApplications.form(unitOf(pi), "补正有限公司", TestApplications.JIANGSU_CODE));

        assertThat(pi).hasPassed("ServiceTask_UpdateSupplementedApplication").isWaitingAt("UserTask_ReviewForm");
        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "pass"));
        assertThat(pi).isWaitingAt("Event_MaterialReviewOpened");
    }

    @Test
    void ends_when_the_supplementation_is_overdue() {
        ProcessInstance pi = recommended("逾期补正有限公司");
        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "supplement", FORM_REVIEW_REASON, "缺证实性材料",
                SUPPLEMENT_DUE_DATE, TestClock.today().plusDays(3).toString()));

        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_SupplementOverdue");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.SUPPLEMENT_OVERDUE);
    }

    @Test
    void refuses_a_supplementation_request_without_what_and_by_when() {
        ProcessInstance pi = recommended("补正要求不全有限公司");

        assertThatThrownBy(() -> complete(task(pi), withVariables(FORM_REVIEW_DECISION, "supplement", FORM_REVIEW_REASON, "缺公章")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("补正期限须为 YYYY-MM-DD 格式的日期");
        assertThatThrownBy(() -> complete(task(pi), withVariables(FORM_REVIEW_DECISION, "supplement", FORM_REVIEW_REASON, "缺公章",
                SUPPLEMENT_DUE_DATE, TestClock.today().toString())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("补正期限须在今天");
        assertThatThrownBy(() -> complete(task(pi), withVariables(FORM_REVIEW_DECISION, "fail")))
                .isInstanceOf(InvalidInput.class).hasMessage("不通过的理由为必填项。");
        assertThat(pi).isWaitingAt("UserTask_ReviewForm");
    }
}
