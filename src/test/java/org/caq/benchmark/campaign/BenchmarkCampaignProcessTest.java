package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path through benchmark-campaign, its timers, and what they do to the campaign's applications. */
@BenchmarkSpringTest
class BenchmarkCampaignProcessTest {

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired RuntimeService runtime;
    @Autowired Campaigns campaigns;
    @Autowired Quotas quotas;
    @Autowired Applications applications;
    @Autowired DocumentStore store;
    @Autowired JdbcClient jdbc;

    TestCampaigns testCampaigns;
    TestApplications cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        testCampaigns = new TestCampaigns(engine, jdbc);
        cases = new TestApplications(engine, store, accounts);
    }

    private static Map<String, Object> startForm(int year) {
        Map<String, Object> form = CampaignFormTest.national2026();
        form.put(CampaignProcess.YEAR, year);
        form.put(CampaignProcess.APPLICATION_OPENS, year + "-05-15");
        form.put(CampaignProcess.APPLICATION_CLOSES, year + "-07-05");
        form.put(CampaignProcess.RECOMMENDATION_DEADLINE, year + "-07-20");
        return form;
    }

    @Test
    void registers_the_campaign_with_its_quotas_and_waits_for_the_window_once_the_notice_is_recorded() {
        Map<String, Object> form = startForm(2019);
        form.put(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, "jiangsu, caq");
        ProcessInstance pi = runtime.startProcessInstanceByKey(CampaignProcess.KEY, form);

        assertThat(pi).isWaitingAt("UserTask_PublishCampaignNotice").hasBusinessKey("2019-national");
        assertThat(task(pi)).hasCandidateGroup("office");
        assertThat(campaigns.status("2019-national")).contains(CampaignStatus.REGISTERED);
        assertThat(quotas.find("2019-national", "jiangsu")).contains(new Quotas.Quota(5, 0));
        assertThat(quotas.find("2019-national", "shandong")).contains(new Quotas.Quota(3, 0));

        complete(task(pi), withVariables(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/notice/2019"));

        assertThat(pi).hasPassed("ServiceTask_RecordCampaignNotice").isWaitingAt("Event_ApplicationWindowOpens");
        assertThat(job(pi).getDuedate()).isEqualTo(BeijingTime.startOf(LocalDate.of(2019, 5, 15)));
        assertThat(task(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2019-national").singleResult()))
                .isNull();
        assertThat(campaigns.noticeUrl("2019-national")).contains("https://www.caq.org.cn/notice/2019");
    }

    @Test
    void opens_and_closes_the_window_by_its_timers_and_refuses_applications_outside_it() {
        String campaign = testCampaigns.openProvincial(2019, "shandong", null);
        Map<String, Object> application = TestApplications.form("shandong-jinan", "济南精工有限公司", TestApplications.SHANDONG_CODE);
        application.remove(ApplicationProcess.JIANGSU_QUALITY_RECORD);
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.OPEN);
        assertThat(cases.submit(application).getBusinessKey()).startsWith("2019-shandong-");

        // 004 §一(二): five scope areas, not Art. 10's sixth
        Map<String, Object> publicInterest = TestApplications.form("shandong-qingdao", "青岛公益环保有限公司", TestApplications.SHANDONG_CODE);
        publicInterest.put(ApplicationProcess.SELECTION_CATEGORY, "6");
        assertThatThrownBy(() -> cases.submit(publicInterest)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("山东省质量标杆的遴选范围为五类");

        // 004 §一(三)2: 中央驻鲁及省属企业 submit directly to the department, nobody else does
        Map<String, Object> direct = TestApplications.form("shandong-direct", "鲁直报国有控股有限公司", TestApplications.SHANDONG_CODE);
        direct.put(ApplicationProcess.ENTERPRISE_NATURE, "PRIVATE");
        direct.put(ApplicationProcess.DIRECT_SUBMISSION_BASIS, "central-in-shandong");
        assertThatThrownBy(() -> cases.submit(direct)).isInstanceOf(InvalidInput.class).hasMessageContaining("直接报送仅限中央驻鲁及省属企业");
        direct.put(ApplicationProcess.ENTERPRISE_NATURE, "STATE");
        ProcessInstance directly = cases.submit(direct);
        assertThat(applications.find(directly.getBusinessKey()).orElseThrow().recommendingUnit()).isEqualTo("shandong-direct");
        cases.attachRequiredMaterials(directly.getBusinessKey(), cases.applicantOf(direct));
        assertThat(task(directly)).hasDefinitionKey("UserTask_RecommendApplication").hasCandidateGroup("unit-shandong-direct");
        // a direct submission is no unit's recommendation: the department passes it on without a sealed 推荐表 and no quota
        // holds it (004 sets none), where a city is refused without its 推荐表 (CoveringLettersIT) and beyond its quota
        jdbc.sql("update campaign_quota set quota = 0 where campaign_number = ? and unit_code = 'shandong-direct'").param(campaign).update();
        complete(task(directly), withVariables(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        assertThat(applications.find(directly.getBusinessKey()).orElseThrow().status()).isEqualTo(ApplicationStatus.MATERIALS_PENDING);
        complete(task(directly), Map.of());
        assertThat(applications.find(directly.getBusinessKey()).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_FORM_REVIEW);

        testCampaigns.fireTimer(campaign, "Event_ApplicationWindowCloses");

        assertThat(campaigns.status(campaign)).contains(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> cases.submit(application)).isInstanceOf(InvalidInput.class)
                .as("the day it closed, not a window that would include today").hasMessage(
                        "2019年本省质量标杆遴选（省工业和信息化厅）的申报已于 " + BeijingTime.today() + " 截止，不能再提交申报。");
    }

    @Test
    void ends_the_applications_still_waiting_for_their_unit_or_their_materials_at_the_recommendation_deadline() {
        String campaign = testCampaigns.openProvincial(2018, "jiangsu", null);
        ProcessInstance waiting = submitted("jiangsu-suzhou", "苏州等待有限公司");
        ProcessInstance returned = submitted("jiangsu-suzhou", "苏州修改有限公司");
        complete(task(returned), withVariables(ApplicationProcess.RECOMMENDATION_DECISION, "return",
                ApplicationProcess.RECOMMENDATION_COMMENT, "请补充数据"));
        ProcessInstance recommended = submitted("jiangsu-nanjing", "南京推荐有限公司");
        complete(task(recommended), withVariables(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        complete(task(recommended));
        ProcessInstance withoutMaterials = submitted("jiangsu-wuxi", "无锡未交材料有限公司");
        complete(task(withoutMaterials), withVariables(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        testCampaigns.fireTimer(campaign, "Event_ApplicationWindowCloses");

        testCampaigns.fireTimer(campaign, "Event_RecommendationDeadline");
        execute(job(waiting));
        execute(job(returned));
        execute(job(withoutMaterials));

        assertThat(waiting).isEnded().hasPassed("EndEvent_NotRecommendedInTime");
        assertThat(returned).isEnded().hasPassed("EndEvent_NotRecommendedInTime");
        assertThat(withoutMaterials).as("recommended, its materials due by the same deadline").isEnded()
                .hasPassed("EndEvent_NotSubmittedInTime");
        assertThat(applications.find(waiting.getBusinessKey()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.NOT_RECOMMENDED_IN_TIME);
        assertThat(recommended).isWaitingAt("UserTask_ReviewForm");
        assertThat(task(recommended)).hasCandidateGroup("office-jiangsu");
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.RECOMMENDATION_CLOSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult())
                .satisfies(pi -> assertThat(pi).isWaitingAt("UserTask_ConcludeFormReview"));
    }

    @Test
    void concludes_form_review_only_when_every_recommended_application_has_its_outcome() {
        String campaign = testCampaigns.openProvincial(2017, "jiangsu", null);
        Map<String, Object> undeclared = TestApplications.form("jiangsu-wuxi", "无锡未声明有限公司", TestApplications.JIANGSU_CODE);
        undeclared.remove(ApplicationProcess.JIANGSU_QUALITY_RECORD);
        assertThatThrownBy(() -> cases.submit(undeclared)).as("002 §四(二)1 asked of a Jiangsu application")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("申报江苏省质量标杆须声明“企业质量管理体系有效运行");
        assertThat(applications.inCampaign(campaign)).isEmpty();
        ProcessInstance application = submitted("jiangsu-wuxi", "无锡审查有限公司");
        complete(task(application), withVariables(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        complete(task(application));
        testCampaigns.fireTimer(campaign, "Event_ApplicationWindowCloses");
        testCampaigns.fireTimer(campaign, "Event_RecommendationDeadline");
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult();

        assertThatThrownBy(() -> complete(task(pi))).isInstanceOf(InvalidInput.class)
                .hasMessage("仍有 1 项申报未完成形式审查：" + application.getBusinessKey() + "（形式审查中）。");
        assertThat(pi).isWaitingAt("UserTask_ConcludeFormReview");

        complete(task(application), withVariables(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        complete(task(pi));

        assertThat(pi).hasPassed("ServiceTask_ConcludeFormReview").isWaitingAt("UserTask_FormCommittee");
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.INTAKE_CONCLUDED);
    }

    private ProcessInstance submitted(String unit, String enterprise) {
        ProcessInstance pi = cases.submit(TestApplications.form(unit, enterprise, TestApplications.JIANGSU_CODE));
        cases.attachRequiredMaterials(pi.getBusinessKey(), "applicant1");
        return pi;
    }

    @Test
    void lets_a_provincial_office_start_only_its_own_province_s_campaign() {
        Map<String, Object> national = startForm(2013);
        Map<String, Object> shandong = startForm(2013);
        shandong.put(CampaignProcess.LEVEL, "provincial");
        shandong.put(CampaignProcess.PROVINCE, "shandong");
        engine.getIdentityService().setAuthentication("jiangsu-office", java.util.List.of("office-jiangsu"));
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CampaignProcess.KEY, national))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("您只能发起本省的省级遴选活动");
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CampaignProcess.KEY, shandong))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("您只能发起本省的省级遴选活动");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(campaigns.find("2013-national")).isEmpty();
    }

    @Test
    void refuses_an_invalid_start_form_and_keeps_nothing_of_it() {
        Map<String, Object> form = startForm(2016);
        form.put(CampaignProcess.APPLICATION_CLOSES, "2016-05-01");
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY).count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CampaignProcess.KEY, form))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("申报截止日期须晚于申报开始日期");

        assertThat(campaigns.find("2016-national")).isEmpty();
        assertThat(quotas.find("2016-national", "jiangsu")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY).count()).isEqualTo(before);
    }

    @Test
    void refuses_a_second_campaign_for_the_same_year_and_level() {
        runtime.startProcessInstanceByKey(CampaignProcess.KEY, startForm(2015));

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CampaignProcess.KEY, startForm(2015)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2015年全国遴选活动已存在（编号 2015-national）");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2015-national").count()).isEqualTo(1);
    }

    @Test
    void keeps_the_notice_task_open_when_the_notice_address_is_not_a_web_address() {
        ProcessInstance pi = runtime.startProcessInstanceByKey(CampaignProcess.KEY, startForm(2014));

        assertThatThrownBy(() -> complete(task(pi), withVariables(CampaignProcess.NOTICE_URL, "caq.org.cn/notice")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("通知网址须以 http:// 或 https:// 开头");

        assertThat(pi).isWaitingAt("UserTask_PublishCampaignNotice");
        assertThat(campaigns.noticeUrl("2014-national")).isEmpty();
    }
}
