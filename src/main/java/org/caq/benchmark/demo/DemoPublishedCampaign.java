package org.caq.benchmark.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.publicity.ObjectionForm;
import org.caq.benchmark.publicity.ObjectionIntake;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.publicity.Publicity;
import org.caq.benchmark.review.ConfidentialityUndertaking;
import org.caq.benchmark.review.Undertakings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Last year's national selection, carried through to the end for the public pages and the auditors: three
 * applications on the preliminary list, publicity with one objection upheld and one dismissed, the final list
 * approved and announced, plaque and video recorded for one title and the other title revoked. Every step runs on
 * its own date of last year (the procedure's clock is moved while the demo is prepared, before the server takes
 * requests), through the real models; only the review stages (see the Jiangsu demo) are skipped with process instance
 * modification. Where last year's holiday arrangement is missing, the campaign stops where the procedure itself
 * would, waiting at 补充…年节假日安排, and the log says so.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "benchmark.demo.campaign", havingValue = "true", matchIfMissing = true)
class DemoPublishedCampaign extends DemoPreparation {

    private static final Logger log = LoggerFactory.getLogger(DemoPublishedCampaign.class);
    /** Prepared first: it needs the national window to itself (this year's campaign opens after it). */
    static final int PHASE = 0;
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
    private final Publicities publicities;

    DemoPublishedCampaign(ProcessEngine engine, Campaigns campaigns, DocumentStore store, ObjectionIntake intake,
            HolidayArrangements arrangements, Publicities publicities) {
        super(PHASE);
        this.engine = engine;
        this.campaigns = campaigns;
        this.cases = new DemoCases(engine, store);
        this.intake = intake;
        this.arrangements = arrangements;
        this.publicities = publicities;
    }

    @Override
    protected void ensure() {
        int year = BeijingTime.today().getYear() - 1;
        String number = year + "-national";
        if (campaigns.find(number).isPresent()) {
            return;
        }
        try {
            carryThrough(year);
        } finally {
            DemoCases.resumeRealTime();
        }
    }

    private void carryThrough(int year) {
        ProcessInstance campaign = start(year);
        DemoCases.clockAt(LocalDate.of(year, 5, 20));
        List<String> listed = new ArrayList<>();
        APPLICANTS.forEach(a -> listed.add(cases.applyAndPass(a).getBusinessKey()));
        DemoCases.clockAt(LocalDate.of(year, 7, 6));
        cases.runTimer(campaign, CampaignProcess.EVENT_APPLICATION_WINDOW_CLOSES);
        DemoCases.clockAt(LocalDate.of(year, 7, 21));
        cases.runTimer(campaign, CampaignProcess.EVENT_RECOMMENDATION_DEADLINE);
        cases.complete(campaign, Map.of());
        DemoCases.clockAt(LocalDate.of(year, 7, 24));
        cases.complete(campaign, Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, 3, ReviewProcess.AGGREGATION_POLICY, "TRIMMED_MEAN",
                ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
        skipReview(campaign, listed);
        Optional<Publicity> publicity = publicity(campaign, listed, LocalDate.of(year, 9, 14));
        if (publicity.isEmpty()) {
            log.warn("Demo campaign {} waits at 补充 {} 年节假日安排后发布公示: add that year's arrangement at {} and its publicity starts",
                    campaign.getBusinessKey(), year, HolidayArrangements.PAGE);
            return;
        }
        LocalDate ended = publicity.get().endsOn();
        LocalDate announced = workingDaysAfter(ended, 8);
        announce(campaign, year, workingDaysAfter(ended, 3), announced);
        manageTitles(campaign.getBusinessKey(), announced.plusDays(21));
        log.info("Demo campaign {} carried through publicity, announcement and one revocation", campaign.getBusinessKey());
    }

    private ProcessInstance start(int year) {
        DemoCases.clockAt(LocalDate.of(year, 5, 6));
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
        DemoCases.clockAt(LocalDate.of(year, 5, 15));
        cases.runTimer(campaign, CampaignProcess.EVENT_APPLICATION_WINDOW_OPENS);
        return campaign;
    }

    private void skipReview(ProcessInstance campaign, List<String> listed) {
        RuntimeService runtime = engine.getRuntimeService();
        for (String application : listed) {
            String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application).singleResult().getId();
            runtime.createProcessInstanceModification(id).cancelAllForActivity(ApplicationProcess.EVENT_MATERIAL_REVIEW_OPENED)
                    .startBeforeActivity(ApplicationProcess.GATEWAY_LIST_OUTCOME).setAnnotation("demo: review stages skipped").execute();
        }
        runtime.createProcessInstanceModification(campaign.getId()).cancelAllForActivity(CampaignProcess.USER_TASK_OPEN_MATERIAL_REVIEW)
                .startBeforeActivity(CampaignProcess.USER_TASK_PUBLISH_PUBLICITY).setAnnotation("demo: review stages skipped").execute();
    }

    /** The publicity from the first working day of the week given, objected to twice; empty while its year is missing. */
    private Optional<Publicity> publicity(ProcessInstance campaign, List<String> listed, LocalDate week) {
        DemoCases.clockAt(week);
        LocalDate start = week;
        while (arrangements.calendar().covers(start.getYear()) && !arrangements.calendar().isWorkingDay(start)) {
            start = start.plusDays(1);
        }
        cases.complete(campaign, Map.of(PublicityProcess.PUBLICITY_START, start.toString(),
                PublicityProcess.PUBLICITY_CHANNELS, Spin.JSON(List.of("caq-website", "miit-sti-website", "benchmark-wechat"))));
        Optional<Publicity> published = publicities.find(campaign.getBusinessKey());
        if (published.isEmpty()) {
            return published;
        }
        DemoCases.clockAt(start.plusDays(1));
        String upheld = object(listed.get(0), "13800001111", "该企业申报材料中的获奖证书与发证机构公布的名单不符。");
        String dismissed = object(listed.get(1), "13800002222", "该企业近期有客户投诉产品质量问题，请核实其质量管理成效。");
        DemoCases.clockAt(start.plusDays(3));
        handle(upheld, "获奖证书系伪造", PublicityProcess.UPHOLD);
        handle(dismissed, "投诉已处理完毕，不影响其典型经验", PublicityProcess.DISMISS);
        DemoCases.clockAt(published.get().endsOn().plusDays(1));
        cases.runTimer(campaign, CampaignProcess.EVENT_PUBLICITY_PERIOD_ENDS);
        return published;
    }

    private LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        return arrangements.calendar().period(day.plusDays(1), workingDays).end();
    }

    private String object(String application, String phone, String grounds) {
        return intake.submit(ObjectionForm.of(application, "张三", null, phone, null, grounds, "true"), null, null, "demo");
    }

    private void handle(String objection, String findings, String decision) {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(objection).singleResult();
        cases.complete(pi, Map.of(PublicityProcess.FINDINGS, findings, PublicityProcess.RECOMMENDATION, decision));
        // the committee's members sign the confidentiality undertaking where they have not (Art. 15), then vote (Art. 21)
        // until the outcome is settled
        TaskService tasks = engine.getTaskService();
        for (List<Task> waiting = tasksAt(pi, Undertakings.SIGN_TASK); !waiting.isEmpty(); waiting = tasksAt(pi, Undertakings.SIGN_TASK)) {
            tasks.complete(waiting.get(0).getId(), Map.of(ConfidentialityUndertaking.ACCEPTED, true));
        }
        for (List<Task> votes = voteTasks(pi); !votes.isEmpty(); votes = voteTasks(pi)) {
            tasks.complete(votes.get(0).getId(), Map.of(PublicityProcess.VOTE, decision, PublicityProcess.VOTE_OPINION,
                    "同意办公室的调查核实意见"));
        }
        cases.complete(pi, Map.of(PublicityProcess.REPLY, "已电话告知异议人审议结论"));
    }

    private List<Task> voteTasks(ProcessInstance objection) {
        return tasksAt(objection, PublicityProcess.USER_TASK_VOTE_ON_OBJECTION);
    }

    private List<Task> tasksAt(ProcessInstance objection, String activity) {
        return engine.getTaskService().createTaskQuery().processInstanceId(objection.getId()).taskDefinitionKey(activity).list();
    }

    private void announce(ProcessInstance campaign, int year, LocalDate finalList, LocalDate announced) {
        DemoCases.clockAt(finalList);
        cases.complete(campaign, Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        cases.complete(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, AnnouncementProcess.APPROVE,
                AnnouncementProcess.APPROVAL_REFERENCE, "中国质量协会会长办公会纪要〔" + year + "〕12号"));
        DemoCases.clockAt(announced);
        cases.complete(campaign, Map.of(AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔" + year + "〕88号",
                AnnouncementProcess.PUBLISHED_ON, announced.toString(), AnnouncementProcess.CHANNELS,
                Spin.JSON(List.of("caq-website", "miit-website", "benchmark-wechat", "media")), AnnouncementProcess.CHANNEL_NOTE,
                "中国质量报、中国工业报"));
    }

    private void manageTitles(String campaign, LocalDate plaqueDay) {
        DemoCases.clockAt(plaqueDay);
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance kept = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign + "-T001").singleResult();
        engine.getTaskService().createTaskQuery().processInstanceId(kept.getId()).list().forEach(task -> engine.getTaskService()
                .complete(task.getId(), task.getTaskDefinitionKey().equals(TitleProcess.USER_TASK_RECORD_PLAQUE)
                        ? Map.of(TitleProcess.PLAQUE_NUMBER, "ZLBG-" + campaign + "-001", TitleProcess.PLAQUE_AWARDED_ON, plaqueDay.toString())
                        : Map.of(TitleProcess.VIDEO_URL, "https://www.caq.org.cn/demo/video.mp4", TitleProcess.VIDEO_SPEAKER_MINUTES, 1,
                                TitleProcess.VIDEO_PRESENTATION_MINUTES, 28, TitleProcess.VIDEO_PRODUCT_MINUTES, 1,
                                TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, true)));
        DemoCases.clockAt(plaqueDay.plusDays(14));
        ProcessInstance revocation = runtime.startProcessInstanceByKey(TitleProcess.REVOCATION_KEY, Map.of(
                TitleProcess.TITLE_NUMBER, campaign + "-T002", TitleProcess.GROUND, "QUALITY_ACCIDENT",
                TitleProcess.REPORT, "市场监管部门通报该企业发生重大产品质量事故。"));
        DemoCases.clockAt(plaqueDay.plusDays(21));
        cases.complete(revocation, Map.of(TitleProcess.FINDINGS, "经向市场监管部门核实，事故属实且企业负主要责任",
                TitleProcess.RECOMMENDATION, TitleProcess.REVOKE));
        cases.complete(revocation, Map.of(TitleProcess.DECISION, TitleProcess.REVOKE, TitleProcess.DECISION_REASON, "同意撤销"));
    }
}
