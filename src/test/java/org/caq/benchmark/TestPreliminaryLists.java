package org.caq.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.calendar.WorkingDayCalendar;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A national or provincial campaign whose committee is formed and whose applications stand on the preliminary list, waiting
 * for publicity. The campaign and its cases run the real models up to the committee; the review stages, tested
 * on their own (ExpertReviewProcessTest), are skipped with Camunda's process instance modification.
 */
public final class TestPreliminaryLists {

    /** The channels Art. 21 names, as a REST client or Tasklist's checklist sends them. */
    public static final String PUBLICITY_CHANNELS = "caq-website,miit-sti-website,benchmark-wechat";
    /** The channels Art. 22 names; "相关媒体" is named in the note. */
    public static final String ANNOUNCEMENT_CHANNELS = "caq-website,miit-website,benchmark-wechat,media";
    public static final String MEDIA = "中国质量报";

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final ApplicantAccounts accounts;

    public TestPreliminaryLists(ProcessEngine engine, JdbcClient jdbc, DocumentStore store, ApplicantAccounts accounts) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.store = store;
        this.accounts = accounts;
    }

    /** The campaign's instance, waiting at 发布初评名单公示; the numbers of its cases in the order given. */
    public record Listed(ProcessInstance campaign, List<String> applications) {
    }

    public Listed national(int year, List<String> enterprises) {
        String campaign = new TestCampaigns(engine, jdbc).openNational(year, null);
        return listed(campaign, enterprises, List.of("jiangsu", "zhejiang", "fujian"),
                List.of(TestApplications.JIANGSU_CODE, TestApplications.ZHEJIANG_CODE, TestApplications.FUJIAN_CODE));
    }

    /**
     * A province's own selection (seeds 002, 004): its cities recommend, its office runs it; the campaign has passed the
     * ministry's gateway and waits where its choice of publicity leads.
     */
    public Listed provincial(int year, String province, List<String> enterprises, List<String> cities, String creditCode) {
        String campaign = new TestCampaigns(engine, jdbc).openProvincial(year, province, null);
        return listed(campaign, enterprises, cities, List.of(creditCode), "Gateway_WithPublicity");
    }

    /** A Jiangsu-style selection whose office chose no publicity: the campaign waits at 拟定遴选结果. */
    public Listed provincialWithoutPublicity(int year, String province, List<String> enterprises, List<String> cities,
            String creditCode) {
        String campaign = new TestCampaigns(engine, jdbc).openProvincialWithoutPublicity(year, province);
        return listed(campaign, enterprises, cities, List.of(creditCode), "Gateway_WithPublicity");
    }

    private Listed listed(String campaign, List<String> enterprises, List<String> units, List<String> codes) {
        return listed(campaign, enterprises, units, codes, "UserTask_PublishPublicity");
    }

    private Listed listed(String campaign, List<String> enterprises, List<String> units, List<String> codes, String resumeAt) {
        TestApplications cases = new TestApplications(engine, store, accounts);
        RuntimeService runtime = engine.getRuntimeService();
        List<ProcessInstance> instances = new ArrayList<>();
        for (int i = 0; i < enterprises.size(); i++) {
            Map<String, Object> form = TestApplications.form(units.get(i % units.size()), enterprises.get(i),
                    codes.get(i % codes.size()));
            ProcessInstance pi = cases.submit(form);
            cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
            complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            complete(pi, Map.of());
            complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
            instances.add(pi);
        }
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        campaigns.fireTimer(campaign, "Event_ApplicationWindowCloses");
        campaigns.fireTimer(campaign, "Event_RecommendationDeadline");
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult();
        complete(pi, Map.of());
        complete(pi, Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, 3, ReviewProcess.AGGREGATION_POLICY, "MEAN",
                ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
        for (ProcessInstance application : instances) {
            runtime.createProcessInstanceModification(application.getId()).cancelAllForActivity("Event_MaterialReviewOpened")
                    .startBeforeActivity("Gateway_ListOutcome").execute();
        }
        runtime.createProcessInstanceModification(pi.getId()).cancelAllForActivity("UserTask_OpenMaterialReview")
                .startBeforeActivity(resumeAt).execute();
        return new Listed(pi, instances.stream().map(ProcessInstance::getBusinessKey).toList());
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
    }

    /** The first working day from today: a publicity may start on it. */
    public static LocalDate publicityStart(HolidayArrangements arrangements) {
        WorkingDayCalendar calendar = arrangements.calendar();
        LocalDate day = TestClock.today();
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Lets the published period begin today (the first working day may be next Monday) rather than wait for it. */
    public static void beginToday(JdbcClient jdbc, String campaign) {
        jdbc.sql("update publicity set starts_on = ? where campaign_number = ?")
                .params(java.sql.Date.valueOf(TestClock.today()), campaign).update();
    }
}
