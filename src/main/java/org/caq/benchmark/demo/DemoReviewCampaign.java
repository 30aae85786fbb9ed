package org.caq.benchmark.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.CampaignProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
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
class DemoReviewCampaign extends DemoPreparation {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewCampaign.class);
    /** Prepared before the server takes requests, like every demo campaign. */
    static final int PHASE = 1;

    private final ProcessEngine engine;
    private final Campaigns campaigns;
    private final DemoCases cases;
    private final Clock clock;

    DemoReviewCampaign(ProcessEngine engine, Campaigns campaigns, DocumentStore store, Clock clock) {
        super(PHASE);
        this.engine = engine;
        this.campaigns = campaigns;
        this.cases = new DemoCases(engine, store);
        this.clock = clock;
    }

    @Override
    protected void ensure() {
        LocalDate today = LocalDate.now(clock);
        String number = today.getYear() + "-jiangsu";
        if (campaigns.find(number).isPresent()) {
            return;
        }
        ProcessInstance campaign = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, settings(today));
        cases.complete(campaign, Map.of(CampaignProcess.NOTICE_URL, "https://gxt.jiangsu.gov.cn/demo/" + number));
        cases.runTimer(campaign, CampaignProcess.EVENT_APPLICATION_WINDOW_OPENS);
        String method = "推行卓越绩效模式";
        List.of(new DemoCases.Applicant("applicant3", "jiangsu-nanjing", "南京智造精工股份有限公司", "1", "91320100MA1NJ0000J", "江苏省", method),
                new DemoCases.Applicant("applicant4", "jiangsu-suzhou", "苏州工业园区精密电子有限公司", "1", "91320594MA1PY0000U", "江苏省", method),
                new DemoCases.Applicant("applicant5", "jiangsu-wuxi", "无锡数智物联科技有限公司", "2", "91320200MA1WX0000C", "江苏省", method),
                new DemoCases.Applicant("applicant6", "jiangsu-changzhou", "常州新材料中小企业股份有限公司", "4", "91320400MA1CH0000G", "江苏省", method))
                .forEach(cases::applyAndPass);
        cases.runTimer(campaign, CampaignProcess.EVENT_APPLICATION_WINDOW_CLOSES);
        cases.runTimer(campaign, CampaignProcess.EVENT_RECOMMENDATION_DEADLINE);
        log.info("Demo campaign {} prepared up to expert review", number);
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
