package org.caq.benchmark.guard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.publicity.TestObjections;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running instance of each of the seven processes with its record, made once per test JVM through the real models
 * as the procedure makes them (years no other integration test uses):
 * <ul>
 * <li>2020-national, window open: applicant1's and applicant2's cases waiting for the Jiangsu unit's recommendation;</li>
 * <li>2021-national in publicity: three listed cases, an objection under investigation;</li>
 * <li>2021-jiangsu announced: two titles in management, one with a revocation under investigation;</li>
 * <li>2021-shandong in material review: a review still with its expert, and a group's deliberation with its leader.</li>
 * </ul>
 */
final class RunningCases {

    record Case(String key, String instance) {
    }

    record Made(Case openCampaign, Case ownApplication, Case otherApplication, Case publicityCampaign, Case listedApplication,
            Case objection, Case title, Case revocation, Case review, String reviewer, Case deliberation, String leader) {
    }

    private static Made made;

    private RunningCases() {
    }

    static synchronized Made ensure(ApplicationContext context) {
        if (made == null) {
            made = new Maker(context).make();
        }
        return made;
    }

    private static final class Maker {

        private final ApplicationContext context;
        private final ProcessEngine engine;
        private final RuntimeService runtime;
        private final TaskService tasks;
        private final JdbcClient jdbc;
        private final DocumentStore store;
        private final ApplicantAccounts accounts;

        Maker(ApplicationContext context) {
            this.context = context;
            this.engine = context.getBean(ProcessEngine.class);
            this.runtime = engine.getRuntimeService();
            this.tasks = engine.getTaskService();
            this.jdbc = context.getBean(JdbcClient.class);
            this.store = context.getBean(DocumentStore.class);
            this.accounts = context.getBean(ApplicantAccounts.class);
        }

        Made make() {
            TestPreliminaryLists lists = new TestPreliminaryLists(engine, jdbc, store, accounts);
            TestPreliminaryLists.Listed national = lists.national(2021, List.of("护栏甲精密有限公司", "护栏乙装备有限公司"));
            publish(national.campaign());
            TestPreliminaryLists.beginToday(jdbc, national.campaign().getBusinessKey());
            String objection = TestObjections.submit(context, national.applications().get(0), "13700000001");

            TestPreliminaryLists.Listed jiangsu = lists.provincial(2021, "jiangsu", List.of("苏护甲有限公司", "苏护乙有限公司"),
                    List.of("jiangsu-nanjing", "jiangsu-suzhou"), TestApplications.JIANGSU_CODE);
            announce(jiangsu.campaign());
            String title = jiangsu.campaign().getBusinessKey() + "-T001";
            String revoked = jiangsu.campaign().getBusinessKey() + "-T002";
            ProcessInstance revocation = runtime.startProcessInstanceByKey(TitleProcess.REVOCATION_KEY, Map.of(
                    TitleProcess.TITLE_NUMBER, revoked, TitleProcess.GROUND, "QUALITY_ACCIDENT",
                    TitleProcess.REPORT, "媒体报道该企业发生重大产品质量事故"));

            Case deliberation = materialReview();
            Task review = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                    .processInstanceBusinessKeyLike("2021-shandong-%").list().get(0);
            Task deliberate = tasks.createTaskQuery().processInstanceId(deliberation.instance()).singleResult();

            new TestCampaigns(engine, jdbc).openNational(2020, null);
            Case own = waitingForUnit("applicant1", "jiangsu", "华东精密机械股份有限公司");
            Case other = waitingForUnit("applicant2", "shandong", "齐鲁新材料集团有限公司");
            ProcessInstance reviewCase = runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
                    .singleResult();
            return new Made(of("2020-national"), own, other, of(national.campaign()), of(national.applications().get(0)),
                    of(objection), of(title), of(revocation), of(reviewCase), review.getAssignee(), deliberation,
                    deliberate.getAssignee());
        }

        private void publish(ProcessInstance campaign) {
            complete(campaign, Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START,
                    TestPreliminaryLists.publicityStart(context.getBean(HolidayArrangements.class)).toString()));
        }

        private void announce(ProcessInstance campaign) {
            publish(campaign);
            new TestCampaigns(engine, jdbc).fireTimer(campaign.getBusinessKey(), "Event_PublicityPeriodEnds");
            Map<String, Object> none = new HashMap<>();
            none.put(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, null);
            complete(campaign, none);
            complete(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE, "苏工信〔2021〕1号"));
            complete(campaign, Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "苏工信〔2021〕2号",
                    AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
        }

        /** Two cases in two specialist groups: one group's reviews all in (its deliberation runs), the other's not. */
        private Case materialReview() {
            TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
            String campaign = campaigns.openProvincial(2021, "shandong", null);
            TestApplications cases = new TestApplications(engine, store, accounts);
            Map<String, Object> management = TestApplications.form("shandong-jinan", "鲁护甲有限公司", TestApplications.SHANDONG_CODE);
            Map<String, Object> digital = TestApplications.form("shandong-qingdao", "鲁护乙有限公司", TestApplications.SHANDONG_CODE);
            digital.put(ApplicationProcess.SELECTION_CATEGORY, "2");
            List<ProcessInstance> submitted = List.of(cases.submit(management), cases.submit(digital));
            for (ProcessInstance pi : submitted) {
                cases.attachRequiredMaterials(pi.getBusinessKey(), "applicant1");
                complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
                complete(pi, Map.of());
                complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
            }
            campaigns.fireTimer(campaign, "Event_ApplicationWindowCloses");
            campaigns.fireTimer(campaign, "Event_RecommendationDeadline");
            ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult();
            complete(pi, Map.of());
            complete(pi, Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, 3, ReviewProcess.AGGREGATION_POLICY, "MEAN",
                    ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
            complete(pi, Map.of(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                    ReviewProcess.REMINDER_DAYS, 3));
            TestUndertakings.signAllInCampaign(engine, campaign);
            for (Task review : tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                    .processInstanceBusinessKeyLike(submitted.get(0).getBusinessKey() + "/%").list()) {
                tasks.complete(review.getId(), Map.of(ReviewProcess.SCORE_1, 85, ReviewProcess.SCORE_2, 85,
                        ReviewProcess.SCORE_3, 85, ReviewProcess.COMMENT, "方法成熟"));
            }
            TestUndertakings.signAllInCampaign(engine, campaign);
            String key = campaign + "/MATERIAL/MANAGEMENT";
            ProcessInstance deliberation = runtime.createProcessInstanceQuery().processDefinitionKey(DeliberationProcess.KEY)
                    .processInstanceBusinessKey(key).singleResult();
            return new Case(key, deliberation.getId());
        }

        /** The enterprise's application waiting for the unit of where it is registered (Art. 17). */
        private Case waitingForUnit(String applicant, String unit, String enterprise) {
            TestApplications cases = new TestApplications(engine, store, accounts);
            ProcessInstance pi = cases.submit(applicant, TestApplications.form(unit, enterprise, TestApplications.JIANGSU_CODE));
            cases.attachRequiredMaterials(pi.getBusinessKey(), applicant);
            return of(pi);
        }

        private void complete(ProcessInstance pi, Map<String, Object> variables) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
        }

        private Case of(ProcessInstance pi) {
            return new Case(pi.getBusinessKey(), pi.getId());
        }

        private Case of(String businessKey) {
            return new Case(businessKey, runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().get(0).getId());
        }
    }
}
