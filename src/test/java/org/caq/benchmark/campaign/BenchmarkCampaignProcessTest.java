package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BenchmarkSpringTest
class BenchmarkCampaignProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired Campaigns campaigns;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
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
    void registers_the_campaign_and_ends_once_the_office_records_the_published_notice() {
        ProcessInstance pi = runtime.startProcessInstanceByKey(CampaignProcess.KEY, startForm(2019));

        assertThat(pi).isWaitingAt("UserTask_PublishCampaignNotice").hasBusinessKey("2019-national");
        assertThat(task(pi)).hasCandidateGroup("office");
        assertThat(campaigns.find("2019-national")).hasValueSatisfying(campaign ->
                assertThat(campaign.focusAreas()).containsExactly("供应链管理", "智能制造"));

        complete(task(pi), withVariables(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/notice/2019"));

        assertThat(pi).hasPassed("ServiceTask_RecordCampaignNotice").isEnded()
                .hasPassedInOrder("ServiceTask_RegisterCampaign", "UserTask_PublishCampaignNotice");
        assertThat(campaigns.noticeUrl("2019-national")).contains("https://www.caq.org.cn/notice/2019");
    }

    @Test
    void refuses_an_invalid_start_form_and_keeps_nothing_of_it() {
        Map<String, Object> form = startForm(2018);
        form.put(CampaignProcess.APPLICATION_CLOSES, "2018-05-01");
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY).count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CampaignProcess.KEY, form))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("申报截止日期须晚于申报开始日期");

        assertThat(campaigns.find("2018-national")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY).count()).isEqualTo(before);
    }

    @Test
    void refuses_a_second_campaign_for_the_same_year_and_level() {
        runtime.startProcessInstanceByKey(CampaignProcess.KEY, startForm(2017));

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CampaignProcess.KEY, startForm(2017)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2017年全国遴选活动已存在（编号 2017-national）");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2017-national").count()).isEqualTo(1);
    }

    @Test
    void keeps_the_notice_task_open_when_the_notice_address_is_not_a_web_address() {
        ProcessInstance pi = runtime.startProcessInstanceByKey(CampaignProcess.KEY, startForm(2016));

        assertThatThrownBy(() -> complete(task(pi), withVariables(CampaignProcess.NOTICE_URL, "caq.org.cn/notice")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("通知网址须以 http:// 或 https:// 开头");

        assertThat(pi).isWaitingAt("UserTask_PublishCampaignNotice");
        assertThat(campaigns.noticeUrl("2016-national")).isEmpty();
    }
}
