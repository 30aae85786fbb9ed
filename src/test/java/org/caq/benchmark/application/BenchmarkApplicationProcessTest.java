package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.caq.benchmark.application.ApplicationProcess.FORM_REVIEW_DECISION;
import static org.caq.benchmark.application.ApplicationProcess.FORM_REVIEW_REASON;
import static org.caq.benchmark.application.ApplicationProcess.RECOMMENDATION_COMMENT;
import static org.caq.benchmark.application.ApplicationProcess.RECOMMENDATION_DECISION;
import static org.caq.benchmark.application.ApplicationProcess.SUPPLEMENT_DUE_DATE;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path through benchmark-application: each end event, each gateway branch, each timer and message. */
@BenchmarkSpringTest
class BenchmarkApplicationProcessTest {

    static final int YEAR = 2021;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired Applications applications;
    @Autowired DocumentStore store;
    @Autowired JdbcClient jdbc;

    TestCampaigns campaigns;
    TestApplications cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        campaigns = new TestCampaigns(engine, jdbc);
        cases = new TestApplications(engine, store);
        campaigns.openNational(YEAR, "cmif=1\njiangsu=5\nshandong=5");
    }

    private ProcessInstance submitted(String unit, String enterprise) {
        ProcessInstance pi = cases.submit("applicant1", TestApplications.form(unit, enterprise, TestApplications.JIANGSU_CODE));
        cases.attachRequiredMaterials(pi.getBusinessKey(), "applicant1");
        complete(task(pi));
        return pi;
    }

    private ProcessInstance recommended(String enterprise) {
        ProcessInstance pi = submitted(enterprise.contains("补正") ? "shandong" : "jiangsu", enterprise);
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));
        return pi;
    }

    private ApplicationStatus statusOf(ProcessInstance pi) {
        return applications.find(pi.getBusinessKey()).orElseThrow().status();
    }

    @Test
    void numbers_the_case_assigns_materials_to_the_applicant_and_keeps_the_long_texts() {
        ProcessInstance pi = cases.submit("applicant1", TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE));

        assertThat(pi.getBusinessKey()).matches(YEAR + "-national-\\d{4}");
        assertThat(pi).isWaitingAt("UserTask_AttachMaterials");
        assertThat(task(pi)).isAssignedTo("applicant1");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.MATERIALS_PENDING);
        assertThat(applications.find(pi.getBusinessKey()).orElseThrow().application().methodApplication()).hasSize(7000);
        assertThat(runtime.getVariable(pi.getId(), ApplicationProcess.METHOD_APPLICATION)).asString().hasSize(7000);
    }

    @Test
    void goes_to_form_review_when_recommended_and_waits_for_material_review_when_passed() {
        ProcessInstance pi = recommended("华东精密机械股份有限公司");

        assertThat(pi).hasPassedInOrder("ServiceTask_RecordRecommendationDecision", "ServiceTask_CheckEligibility")
                .isWaitingAt("UserTask_ReviewForm");
        assertThat(task(pi)).hasCandidateGroup("office");
        assertThat((String) runtime.getVariable(pi.getId(), ApplicationProcess.ELIGIBILITY_FINDINGS))
                .contains("✔ 申报材料齐全").doesNotContain("✘");

        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "pass"));

        assertThat(pi).isWaitingAt("Event_MaterialReviewOpened");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.AWAITING_MATERIAL_REVIEW);
        runtime.createMessageCorrelation(ApplicationProcess.MATERIAL_REVIEW_OPENED).processInstanceId(pi.getId()).correlate();
        assertThat(pi).isEnded().hasPassed("EndEvent_MaterialReviewStarted");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.IN_MATERIAL_REVIEW);
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

    @Test
    void refuses_to_hand_over_an_application_without_its_required_materials() {
        ProcessInstance pi = cases.submit("applicant1", TestApplications.form("jiangsu", "缺材料有限公司", TestApplications.JIANGSU_CODE));

        assertThatThrownBy(() -> complete(task(pi))).isInstanceOf(InvalidInput.class)
                .hasMessage("请先上传典型经验材料、加盖公章的申报书，再提交。");
        assertThat(pi).isWaitingAt("UserTask_AttachMaterials");
    }

    @Test
    void ends_as_not_submitted_when_the_window_closes_before_the_materials_are_in() {
        ProcessInstance pi = cases.submit("applicant1", TestApplications.form("jiangsu", "迟到有限公司", TestApplications.JIANGSU_CODE));

        assertThat(job(pi).getDuedate()).isEqualTo(BeijingTime.endOf(LocalDate.of(YEAR, 7, 5)));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_NotSubmittedInTime");
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.NOT_SUBMITTED_IN_TIME);
    }

    @Test
    void returns_for_revision_as_often_as_needed_and_then_recommends() {
        ProcessInstance pi = submitted("jiangsu", "反复修改有限公司");
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "请补充三年对比数据"));

        assertThat(pi).isWaitingAt("UserTask_ReviseApplication");
        assertThat(task(pi)).isAssignedTo("applicant1");
        assertThat(applications.find(pi.getBusinessKey()).orElseThrow().statusReason()).isEqualTo("请补充三年对比数据");

        Map<String, Object> revised = TestApplications.form("jiangsu", "反复修改有限公司", TestApplications.JIANGSU_CODE);
        revised.put(ApplicationProcess.EFFECTS, "补充：近三年合格率 97.1%、98.4%、99.2%。");
        complete(task(pi), revised);
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "return", RECOMMENDATION_COMMENT, "再精简摘要"));
        complete(task(pi), TestApplications.form("jiangsu", "反复修改有限公司", TestApplications.JIANGSU_CODE));
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "recommend"));

        assertThat(pi).isWaitingAt("UserTask_ReviewForm");
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
    void ends_as_not_recommended_with_the_unit_s_reason_when_declined() {
        ProcessInstance pi = submitted("jiangsu", "婉拒有限公司");

        assertThatThrownBy(() -> complete(task(pi), withVariables(RECOMMENDATION_DECISION, "decline")))
                .isInstanceOf(InvalidInput.class).hasMessage("不予推荐的理由为必填项。");
        complete(task(pi), withVariables(RECOMMENDATION_DECISION, "decline", RECOMMENDATION_COMMENT, "方法应用时间不足"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Declined", "EndEvent_NotRecommended");
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
        String due = LocalDate.now(BeijingTime.ZONE).plusDays(5).toString();

        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "supplement", FORM_REVIEW_REASON, "申报书缺少公章",
                SUPPLEMENT_DUE_DATE, due));

        assertThat(pi).isWaitingAt("UserTask_SupplementApplication");
        assertThat(task(pi)).isAssignedTo("applicant1").hasDueDate(BeijingTime.endOf(LocalDate.parse(due)));
        assertThat(statusOf(pi)).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);

        complete(task(pi), TestApplications.form("shandong", "补正有限公司", TestApplications.JIANGSU_CODE));

        assertThat(pi).hasPassed("ServiceTask_UpdateSupplementedApplication").isWaitingAt("UserTask_ReviewForm");
        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "pass"));
        assertThat(pi).isWaitingAt("Event_MaterialReviewOpened");
    }

    @Test
    void ends_when_the_supplementation_is_overdue() {
        ProcessInstance pi = recommended("逾期补正有限公司");
        complete(task(pi), withVariables(FORM_REVIEW_DECISION, "supplement", FORM_REVIEW_REASON, "缺证实性材料",
                SUPPLEMENT_DUE_DATE, LocalDate.now(BeijingTime.ZONE).plusDays(3).toString()));

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
                SUPPLEMENT_DUE_DATE, LocalDate.now(BeijingTime.ZONE).toString())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("补正期限须在今天");
        assertThatThrownBy(() -> complete(task(pi), withVariables(FORM_REVIEW_DECISION, "fail")))
                .isInstanceOf(InvalidInput.class).hasMessage("不通过的理由为必填项。");
        assertThat(pi).isWaitingAt("UserTask_ReviewForm");
    }
}
