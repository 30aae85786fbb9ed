package org.caq.benchmark.campaign;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A second demo campaign, this year's Jiangsu selection, brought through the real processes to the point where
 * expert review begins: four applications submitted with materials, recommended by their cities and passed by
 * form review, its window and recommendation deadline run early. A visitor can start with 确认形式审查完成 at
 * once instead of waiting weeks for the timers.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "benchmark.demo.campaign", havingValue = "true", matchIfMissing = true)
class DemoReviewCampaign {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewCampaign.class);
    private static final byte[] PDF = "%PDF-1.7\n% demo\n%%EOF\n".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private final ProcessEngine engine;
    private final Campaigns campaigns;
    private final DocumentStore store;
    private final Clock clock;

    DemoReviewCampaign(ProcessEngine engine, Campaigns campaigns, DocumentStore store, Clock clock) {
        this.engine = engine;
        this.campaigns = campaigns;
        this.store = store;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        LocalDate today = LocalDate.now(clock);
        String number = today.getYear() + "-jiangsu";
        if (campaigns.find(number).isPresent()) {
            return;
        }
        ProcessInstance campaign = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, settings(today));
        completeOnly(campaign, Map.of(CampaignProcess.NOTICE_URL, "https://gxt.jiangsu.gov.cn/demo/" + number));
        runTimer(campaign, "Event_ApplicationWindowOpens");
        List.of(new String[] {"applicant1", "jiangsu-nanjing", "南京智造精工股份有限公司", "1", "91320100MA1NJ0000J"},
                new String[] {"applicant1", "jiangsu-suzhou", "苏州工业园区精密电子有限公司", "1", "91320594MA1PY0000U"},
                new String[] {"applicant2", "jiangsu-wuxi", "无锡数智物联科技有限公司", "2", "91320200MA1WX0000C"},
                new String[] {"applicant2", "jiangsu-changzhou", "常州新材料中小企业股份有限公司", "4", "91320400MA1CH0000G"})
                .forEach(this::apply);
        runTimer(campaign, "Event_ApplicationWindowCloses");
        runTimer(campaign, "Event_RecommendationDeadline");
        log.info("Demo campaign {} prepared up to expert review", number);
    }

    private void apply(String[] a) {
        Map<String, Object> form = new HashMap<>();
        form.put(ApplicationProcess.APPLICANT, a[0]);
        form.put(ApplicationProcess.RECOMMENDING_UNIT, a[1]);
        form.put(ApplicationProcess.ENTERPRISE_NAME, a[2]);
        form.put(ApplicationProcess.CREDIT_CODE, a[4]);
        form.put(ApplicationProcess.BENCHMARK_NAME, a[2] + "推行卓越绩效模式的经验");
        form.put(ApplicationProcess.SELECTION_CATEGORY, a[3]);
        form.put(ApplicationProcess.SME, a[3].equals("4"));
        form.put(ApplicationProcess.INDUSTRY, "C 制造业");
        form.put(ApplicationProcess.REGION, "江苏省");
        form.put(ApplicationProcess.METHOD_SINCE_YEAR, 2016);
        form.put(ApplicationProcess.ABSTRACT, "系统推行卓越绩效模式，质量损失率三年下降 40%。");
        form.put(ApplicationProcess.ENTERPRISE_PROFILE, a[2] + "，独立法人，主营高端装备。");
        form.put(ApplicationProcess.METHOD_APPLICATION, "一、推进目标与组织保障。二、过程管理。三、持续改进。");
        form.put(ApplicationProcess.EFFECTS, "近三年一次交检合格率 97.5%、98.6%、99.3%。");
        form.put(ApplicationProcess.PROFIT_YEAR_1, 800);
        form.put(ApplicationProcess.PROFIT_YEAR_2, 950);
        form.put(ApplicationProcess.PROFIT_YEAR_3, 1100);
        form.put(ApplicationProcess.INDEPENDENT_LEGAL_PERSON, true);
        form.put(ApplicationProcess.NO_BAD_RECORDS, true);
        form.put(ApplicationProcess.COMMITS_TO_SHARE, true);
        form.put(ApplicationProcess.CONTACT_NAME, "联系人");
        form.put(ApplicationProcess.CONTACT_PHONE, "025-80000000");
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form);
        store.save(pi.getBusinessKey(), DocumentKind.EXPERIENCE, "典型经验.pdf", new ByteArrayInputStream(PDF), a[0], () -> { });
        store.save(pi.getBusinessKey(), DocumentKind.SEALED_FORM, "申报书.png", new ByteArrayInputStream(PNG), a[0], () -> { });
        completeOnly(pi, Map.of());
        completeOnly(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        completeOnly(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.PASS));
    }

    private void completeOnly(ProcessInstance pi, Map<String, Object> variables) {
        String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        engine.getTaskService().complete(task, variables);
    }

    /** Runs a timer of the campaign now, as the job executor would at its due time. */
    private void runTimer(ProcessInstance campaign, String eventId) {
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(campaign.getId()).activityId(eventId).singleResult();
        management.executeJob(job.getId());
    }

    private static Map<String, Object> settings(LocalDate today) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CampaignProcess.YEAR, today.getYear());
        settings.put(CampaignProcess.LEVEL, CampaignLevel.PROVINCIAL.value());
        settings.put(CampaignProcess.PROVINCE, "jiangsu");
        settings.put(CampaignProcess.ORGANISER, "江苏省工业和信息化厅");
        settings.put(CampaignProcess.FOCUS_AREAS, "企业品牌培育\n应用管理方法\n质量管理信息化");
        settings.put(CampaignProcess.APPLICATION_OPENS, today.withDayOfYear(1).toString());
        settings.put(CampaignProcess.APPLICATION_CLOSES, today.plusWeeks(2).toString());
        settings.put(CampaignProcess.RECOMMENDATION_DEADLINE, today.plusWeeks(4).toString());
        return settings;
    }
}
