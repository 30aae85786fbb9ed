package org.caq.benchmark.publicity;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.announcement.AnnouncementProcess;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.campaign.CampaignProcess;
import org.caq.benchmark.campaign.DemoCases;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.review.ReviewProcess;
import org.caq.benchmark.title.TitleProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Last year's national selection, carried through to the end for the public pages: three applications on the
 * preliminary list, publicity with one objection upheld and one dismissed, the final list approved and announced,
 * plaque and video recorded for one title and the other title revoked. Intake and the committee run the real
 * models; the review stages (see the Jiangsu demo) are skipped with process instance modification, and the
 * timers and the publicity start are run early, so all of it is there at the first start.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "benchmark.demo.campaign", havingValue = "true", matchIfMissing = true)
class DemoPublishedCampaign {

    private static final Logger log = LoggerFactory.getLogger(DemoPublishedCampaign.class);
    private static final String METHOD = "实施精益质量管理";
    private static final List<DemoCases.Applicant> APPLICANTS = List.of(
            new DemoCases.Applicant("applicant7", "jiangsu", "常熟智能装备股份有限公司", "1", "91320581MA1CX0000W", "华东", METHOD),
            new DemoCases.Applicant("applicant8", "zhejiang", "宁波精密制造有限公司", "1", "91330200MA2NB0000U", "华东", METHOD),
            new DemoCases.Applicant("applicant9", "fujian", "福州新能源科技股份有限公司", "1", "91350100M000100Y43", "华东", METHOD));

    private final ProcessEngine engine;
    private final Campaigns campaigns;
    private final DemoCases cases;
    private final ObjectionIntake intake;
    private final HolidayArrangements arrangements;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPublishedCampaign(ProcessEngine engine, Campaigns campaigns, DocumentStore store, ObjectionIntake intake,
            HolidayArrangements arrangements, JdbcClient jdbc, Clock clock) {
        this.engine = engine;
        this.campaigns = campaigns;
        this.cases = new DemoCases(engine, store);
        this.intake = intake;
        this.arrangements = arrangements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        String number = year + "-national";
        if (campaigns.find(number).isPresent()) {
            return;
        }
        try {
            arrangements.calendar().period(today, PublicityProcess.WORKING_DAYS);
        } catch (RuntimeException e) {
            log.warn("Demo campaign {} not prepared: {}", number, e.getMessage());
            return;
        }
        ProcessInstance campaign = start(year);
        List<String> listed = new ArrayList<>();
        APPLICANTS.forEach(a -> listed.add(cases.applyAndPass(a).getBusinessKey()));
        cases.runTimer(campaign, "Event_ApplicationWindowCloses");
        cases.runTimer(campaign, "Event_RecommendationDeadline");
        cases.complete(campaign, Map.of());
        cases.complete(campaign, Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, 3, ReviewProcess.AGGREGATION_POLICY, "TRIMMED_MEAN",
                ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
        skipReview(campaign, listed);
        publicity(campaign, listed, today);
        announce(campaign, year, today);
        manageTitles(number);
        log.info("Demo campaign {} carried through publicity, announcement and one revocation", number);
    }

    private ProcessInstance start(int year) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CampaignProcess.YEAR, year);
        settings.put(CampaignProcess.LEVEL, "national");
        settings.put(CampaignProcess.ORGANISER, "中国质量协会");
        settings.put(CampaignProcess.FOCUS_AREAS, "供应链管理\n智能制造");
        settings.put(CampaignProcess.APPLICATION_OPENS, year + "-05-15");
        settings.put(CampaignProcess.APPLICATION_CLOSES, year + "-07-05");
        settings.put(CampaignProcess.RECOMMENDATION_DEADLINE, year + "-07-20");
        ProcessInstance campaign = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, settings);
        cases.complete(campaign, Map.of(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/demo/" + year));
        cases.runTimer(campaign, "Event_ApplicationWindowOpens");
        return campaign;
    }

    private void skipReview(ProcessInstance campaign, List<String> listed) {
        RuntimeService runtime = engine.getRuntimeService();
        for (String application : listed) {
            String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application).singleResult().getId();
            runtime.createProcessInstanceModification(id).cancelAllForActivity("Event_MaterialReviewOpened")
                    .startBeforeActivity("Gateway_ListOutcome").setAnnotation("demo: review stages skipped").execute();
        }
        runtime.createProcessInstanceModification(campaign.getId()).cancelAllForActivity("UserTask_OpenMaterialReview")
                .startBeforeActivity("UserTask_PublishPublicity").setAnnotation("demo: review stages skipped").execute();
    }

    private void publicity(ProcessInstance campaign, List<String> listed, LocalDate today) {
        LocalDate start = today;
        while (!arrangements.calendar().isWorkingDay(start)) {
            start = start.plusDays(1);
        }
        cases.complete(campaign, Map.of(PublicityProcess.PUBLICITY_START, start.toString(),
                PublicityProcess.PUBLICITY_CHANNELS, "中国质量协会网站、工信部科技司网站、全国质量标杆微信公众号"));
        jdbc.sql("update publicity set starts_on = ? where campaign_number = ?").params(Date.valueOf(today), campaign.getBusinessKey()).update();
        handle(object(listed.get(0), "13800001111", "该企业申报材料中的获奖证书与发证机构公布的名单不符。"), "获奖证书系伪造", PublicityProcess.UPHOLD);
        handle(object(listed.get(1), "13800002222", "该企业近期有客户投诉产品质量问题，请核实其质量管理成效。"), "投诉已处理完毕，不影响其典型经验", PublicityProcess.DISMISS);
        cases.runTimer(campaign, "Event_PublicityPeriodEnds");
    }

    private String object(String application, String phone, String grounds) {
        return intake.submit(ObjectionForm.of(application, "张三", null, phone, null, grounds, "true"), null, null, "demo");
    }

    private void handle(String objection, String findings, String decision) {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(objection).singleResult();
        cases.complete(pi, Map.of(PublicityProcess.FINDINGS, findings, PublicityProcess.RECOMMENDATION, decision));
        cases.complete(pi, Map.of(PublicityProcess.DECISION, decision, PublicityProcess.DECISION_REASON, "经评审委员会审议，同意办公室意见"));
        cases.complete(pi, Map.of(PublicityProcess.REPLY, "已电话告知异议人审议结论"));
    }

    private void announce(ProcessInstance campaign, int year, LocalDate today) {
        cases.complete(campaign, Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        cases.complete(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, AnnouncementProcess.APPROVE,
                AnnouncementProcess.APPROVAL_REFERENCE, "中国质量协会会长办公会纪要〔" + year + "〕12号"));
        cases.complete(campaign, Map.of(AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔" + year + "〕88号",
                AnnouncementProcess.PUBLISHED_ON, today.toString()));
    }

    private void manageTitles(String campaign) {
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance kept = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign + "-T001").singleResult();
        engine.getTaskService().createTaskQuery().processInstanceId(kept.getId()).list().forEach(task -> engine.getTaskService()
                .complete(task.getId(), task.getTaskDefinitionKey().equals("UserTask_RecordPlaque")
                        ? Map.of(TitleProcess.PLAQUE_NUMBER, "ZLBG-" + campaign + "-001", TitleProcess.PLAQUE_AWARDED_ON, LocalDate.now(clock).toString())
                        : Map.of(TitleProcess.VIDEO_URL, "https://www.caq.org.cn/demo/video.mp4", TitleProcess.VIDEO_MINUTES, 30,
                                TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, true)));
        ProcessInstance revocation = runtime.startProcessInstanceByKey(TitleProcess.REVOCATION_KEY, Map.of(
                TitleProcess.TITLE_NUMBER, campaign + "-T002", TitleProcess.GROUND, "QUALITY_ACCIDENT",
                TitleProcess.REPORT, "市场监管部门通报该企业发生重大产品质量事故。"));
        cases.complete(revocation, Map.of(TitleProcess.FINDINGS, "经向市场监管部门核实，事故属实且企业负主要责任",
                TitleProcess.RECOMMENDATION, TitleProcess.REVOKE));
        cases.complete(revocation, Map.of(TitleProcess.DECISION, TitleProcess.REVOKE, TitleProcess.DECISION_REASON, "同意撤销"));
    }
}
