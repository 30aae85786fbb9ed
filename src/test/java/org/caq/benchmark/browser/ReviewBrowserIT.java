package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.Application;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.demo.DemoCases;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.review.Expert;
import org.caq.benchmark.review.Experts;
import org.caq.benchmark.review.ReviewStage;
import org.caq.benchmark.review.Undertakings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review stages as people work them in Tasklist, in Debian's Chromium: the office opens material review,
 * an expert recuses, the experts score in the form, the group leader deliberates on the ranking, the office
 * schedules the defense and records a site verification, the experts score again, the leader decides the
 * preliminary list, the ministry comments and the office handles the comments. Meanwhile the applicant sees
 * no score, comment, finding or expert. The campaign and its cases are brought to the committee through the
 * engine's API; every task from then on is completed in the browser. Screenshots: target/browser-screenshots.
 */
@BenchmarkSpringTest
class ReviewBrowserIT {

    /** The demo enterprise (苏州工业园区精密电子) whose two applications go through review. */
    private static final String APPLICANT = "applicant4";

    /** The demo pool's first management expert leads the management group in the committee's proposal. */
    static final String LEADER = "expert1";
    static final String MY_TASKS = "我的待办";
    static final String MY_REVIEWS = "我的评审任务";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired Applications applications;
    @Autowired Campaigns campaigns;
    @Autowired Experts experts;
    @Autowired Clock clock;

    String base;
    String campaign;
    String first;
    String second;
    LocalDate today;
    int step;
    /** What only reviewers, leaders and the office may read: the applicant's pages must show none of it. */
    final List<String> confidential = new ArrayList<>();

    @Test
    void takes_two_applications_through_material_review_defense_and_the_ministry_in_tasklist() throws IOException {
        committeeFormed();

        openMaterialReview();
        signUndertakings();
        String recused = recuseFromOneReview();
        scoreEveryReview(ReviewStage.MATERIAL, Map.of(first, new int[] {92, 88, 90}, second, new int[] {75, 70, 72}));
        assertThat(tasks.createTaskQuery().taskAssignee(recused).processInstanceBusinessKeyLike(campaign + "-%/MATERIAL/%").count())
                .as("scoped to this campaign: other browser tests leave reviews of their own open").isZero();
        deliberate(ReviewStage.MATERIAL, "资料评审意见：前者方法系统、成效显著，入围答辩。");
        assertThat(statusOf(first)).isEqualTo(ApplicationStatus.IN_DEFENSE_REVIEW);
        assertThat(statusOf(second)).isEqualTo(ApplicationStatus.NOT_SHORTLISTED);

        scheduleDefenseAndVerifyOnSite("现场核查发现：生产现场数据与申报材料一致。");
        scoreEveryReview(ReviewStage.DEFENSE, Map.of(first, new int[] {95, 93, 94}));
        applicantSeesStatusesOnly();
        deliberate(ReviewStage.DEFENSE, "答辩评审意见：答辩表现优秀，列入初评名单。");
        assertThat(statusOf(first)).isEqualTo(ApplicationStatus.ON_PRELIMINARY_LIST);

        consultMinistry(first + "：请核实近三年利润数据", first + "：已核实审计报告，数据属实");
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.PRELIMINARY_LIST_READY);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(campaign).singleResult().getTaskDefinitionKey())
                .isEqualTo("UserTask_PublishPublicity");
    }

    /**
     * The 2020 national campaign (no other browser test uses it: CalendarBrowserIT takes next year, the first without a
     * holiday arrangement, so the two cannot share one database) waiting to open material review.
     */
    private void committeeFormed() {
        base = "http://localhost:" + port;
        today = LocalDate.now(clock);
        TestCampaigns testCampaigns = new TestCampaigns(engine, jdbc);
        campaign = testCampaigns.openNational(2020, null);
        DemoCases cases = new DemoCases(engine, store);
        first = cases.applyAndPass(new DemoCases.Applicant(APPLICANT, "jiangsu", "苏州工业园区精密电子有限公司", "1",
                "91320594MA1PY0000U", "江苏省", "推行卓越绩效模式")).getBusinessKey();
        second = cases.applyAndPass(new DemoCases.Applicant(APPLICANT, "jiangsu", "苏州工业园区精密电子有限公司", "1",
                "91320594MA1PY0000U", "江苏省", "实施精益生产")).getBusinessKey();
        testCampaigns.fireTimer(campaign, "Event_ApplicationWindowCloses");
        testCampaigns.fireTimer(campaign, "Event_RecommendationDeadline");
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult();
        cases.complete(pi, Map.of());
        Map<String, Object> committee = new HashMap<>();
        committee.put(ReviewProcess.EXPERTS_PER_APPLICATION, 2);
        committee.put(ReviewProcess.AGGREGATION_POLICY, "MEAN");
        committee.put(ReviewProcess.MAX_SCORE, 100);
        committee.put(ReviewProcess.CRITERION_WEIGHTS, "1,1,1");
        cases.complete(pi, committee);
    }

    private void openMaterialReview() throws IOException {
        String task = campaignTask("UserTask_OpenMaterialReview").getId();
        try (Browser office = as("office")) {
            office.openFilter(MY_TASKS);
            office.openListedTask(task);
            assertThat(office.formText()).contains("开启资料评审").contains(campaign);
            office.date("ReviewDueDate", today.plusDays(10));
            shot(office, "office-opens-material-review");
            complete(office, task);
        }
        assertThat(tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).processInstanceBusinessKeyLike(campaign + "-%/MATERIAL/%")
                .list()).as("two experts for each application, each waiting first at the undertaking").hasSize(4)
                .extracting(Task::getTaskDefinitionKey).containsOnly(Undertakings.SIGN_TASK);
    }

    /** Each expert signs the confidentiality undertaking in Tasklist before any application opens to them (Art. 15). */
    private void signUndertakings() throws IOException {
        for (List<Task> waiting = signTasks(); !waiting.isEmpty(); waiting = signTasks()) {
            Task task = waiting.get(0);
            try (Browser browser = as(task.getAssignee())) {
                browser.openFilter(MY_REVIEWS);
                browser.openListedTask(task.getId());
                assertThat(browser.formText()).contains("评审专家保密承诺").contains("第十五条");
                browser.check("UndertakingAccepted");
                shot(browser, task.getAssignee() + "-signs-undertaking");
                complete(browser, task.getId());
            }
        }
    }

    private List<Task> signTasks() {
        return tasks.createTaskQuery().taskDefinitionKey(Undertakings.SIGN_TASK).processInstanceBusinessKeyLike(campaign + "%")
                .orderByTaskCreateTime().asc().list();
    }

    /** An expert (not the leader, who may not recuse) declares a conflict; another member of the group takes over. */
    private String recuseFromOneReview() throws IOException {
        Task task = reviewTasks(ReviewStage.MATERIAL).stream().filter(t -> !LEADER.equals(t.getAssignee())).findFirst().orElseThrow();
        String expert = task.getAssignee();
        String application = applicationOf(task);
        try (Browser browser = as(expert)) {
            browser.openFilter(MY_REVIEWS);
            shot(browser, expert + "-review-list");
            browser.openListedTask(task.getId());
            assertShowsApplication(browser.formText(), application);
            browser.check("Recuse");
            browser.fill("RecusalReason", "本人曾为该企业提供质量管理咨询服务");
            assertThat(browser.all(By.cssSelector("[id$='Field_Score1']"))).as("scores hidden when recusing").isEmpty();
            shot(browser, expert + "-recuses");
            complete(browser, task.getId());
        }
        // the replacement may not have signed the undertaking yet: their review waits there first
        List<Task> now = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKeyLike(application + "/MATERIAL/%").list();
        assertThat(now).hasSize(2).extracting(Task::getAssignee).doesNotContain(expert);
        confidential.add("本人曾为该企业提供质量管理咨询服务");
        return expert;
    }

    /** Each assigned expert logs in, opens 我的评审任务, reads the application in the form, scores and comments. */
    private void scoreEveryReview(ReviewStage stage, Map<String, int[]> scores) throws IOException {
        signUndertakings();
        List<Task> open = reviewTasks(stage);
        while (!open.isEmpty()) {
            String expert = open.get(0).getAssignee();
            try (Browser browser = as(expert)) {
                browser.openFilter(MY_REVIEWS);
                for (Task task : open.stream().filter(t -> expert.equals(t.getAssignee())).toList()) {
                    String application = applicationOf(task);
                    browser.openListedTask(task.getId());
                    String form = browser.formText();
                    assertShowsApplication(form, application);
                    confidential.forEach(secret -> assertThat(form).as("another expert's review").doesNotContain(secret));
                    int[] points = scores.get(application);
                    String comment = stage.displayName() + "评语" + (confidential.size() + 1) + "：方法应用扎实，数据可信。";
                    browser.fill("Score1", String.valueOf(points[0]));
                    browser.fill("Score2", String.valueOf(points[1]));
                    browser.fill("Score3", String.valueOf(points[2]));
                    browser.fill("ReviewComment", comment);
                    shot(browser, expert + "-scores-" + stage.name().toLowerCase() + "-" + application);
                    complete(browser, task.getId());
                    confidential.add(comment);
                }
            }
            signUndertakings();
            open = reviewTasks(stage);
        }
    }

    /** The leader reads the group's ranking (scores and comments, no expert named) and sends the first application on. */
    private void deliberate(ReviewStage stage, String rationale) throws IOException {
        signUndertakings();
        Task task = tasks.createTaskQuery().processDefinitionKey(DeliberationProcess.KEY)
                .processInstanceBusinessKeyLike(campaign + "/" + stage.name() + "/%").singleResult();
        assertThat(task.getAssignee()).isEqualTo(LEADER);
        try (Browser leader = as(LEADER)) {
            leader.openFilter(MY_REVIEWS);
            leader.openListedTask(task.getId());
            String form = leader.formText();
            assertThat(form).contains(campaign).contains("评审阶段：" + stage.displayName()).contains("综合得分")
                    .contains("1. " + first);
            if (stage == ReviewStage.MATERIAL) {
                assertThat(form.indexOf("2. " + second)).isGreaterThan(form.indexOf("1. " + first));
            }
            confidential.stream().filter(text -> text.startsWith(stage.displayName()) || text.startsWith("现场核查"))
                    .forEach(text -> assertThat(form).contains(text));
            experts.all().forEach(expert -> assertThat(form).doesNotContain(expert.name()).doesNotContain(expert.userId()));
            leader.checkOption("Selected", first);
            leader.fill("Rationale", rationale);
            shot(leader, "leader-deliberates-" + stage.name().toLowerCase());
            complete(leader, task.getId());
        }
        confidential.add(rationale);
    }

    private void scheduleDefenseAndVerifyOnSite(String finding) throws IOException {
        try (Browser office = as("office")) {
            office.openFilter(MY_TASKS);
            String schedule = campaignTask("UserTask_ScheduleDefense").getId();
            office.openListedTask(schedule);
            office.date("DefenseDate", today.plusDays(5));
            office.fill("DefensePlace", "北京 中国质量协会");
            office.date("DefenseDueDate", today.plusDays(6));
            office.fill("SiteVerifications", first);
            shot(office, "office-schedules-defense");
            complete(office, schedule);

            Task verification = tasks.createTaskQuery().processInstanceBusinessKey(first)
                    .taskDefinitionKey("UserTask_RecordSiteVerification").singleResult();
            office.openFilter(MY_TASKS);
            office.openListedTask(verification.getId());
            assertThat(office.formText()).contains(first).contains(benchmarkNameOf(first));
            office.fill("SiteVerificationFinding", finding);
            shot(office, "office-records-site-verification");
            complete(office, verification.getId());
        }
        confidential.add(finding);
    }

    /**
     * While the defense deliberation with every score, comment and the finding is open, the applicant opens
     * Tasklist, the leader's task by its address, the list of their applications and a case's page.
     */
    private void applicantSeesStatusesOnly() throws IOException {
        String deliberation = tasks.createTaskQuery().processDefinitionKey(DeliberationProcess.KEY)
                .processInstanceBusinessKeyLike(campaign + "/DEFENSE/%").singleResult().getId();
        try (Browser applicant = as(APPLICANT)) {
            applicant.openFilter(MY_TASKS);
            shot(applicant, "applicant-tasklist");
            assertNothingConfidential(applicant.pageText());
            applicant.open("/camunda/app/tasklist/default/#/?task=" + deliberation);
            applicant.waiting().until(driver -> !applicant.notifications().isBlank());
            shot(applicant, "applicant-opens-deliberation-address");
            assertThat(applicant.all(By.cssSelector(".fjs-form"))).isEmpty();
            assertNothingConfidential(applicant.pageText());

            applicant.open("/applications.html");
            applicant.waiting().until(driver -> applicant.pageText().contains(second));
            String list = applicant.pageText();
            shot(applicant, "applicant-applications");
            assertThat(list).contains(ApplicationStatus.IN_DEFENSE_REVIEW.displayName())
                    .contains(ApplicationStatus.NOT_SHORTLISTED.displayName());
            assertNothingConfidential(list);

            applicant.open("/materials.html?application=" + second);
            applicant.waiting().until(driver -> applicant.pageText().contains("状态"));
            shot(applicant, "applicant-case-page");
            assertNothingConfidential(applicant.pageText());
        }
    }

    private void consultMinistry(String comment, String handling) throws IOException {
        try (Browser ministry = as("ministry")) {
            ministry.openFilter(MY_TASKS);
            String task = campaignTask("UserTask_CommentOnPreliminaryList").getId();
            ministry.openListedTask(task);
            assertThat(ministry.formText()).contains(first).contains(benchmarkNameOf(first)).doesNotContain(second);
            ministry.fill("MinistryComments", comment);
            shot(ministry, "ministry-comments");
            complete(ministry, task);
        }
        try (Browser office = as("office")) {
            office.openFilter(MY_TASKS);
            String task = campaignTask("UserTask_HandleMinistryComments").getId();
            office.openListedTask(task);
            assertThat(office.formText()).contains(comment.substring(comment.indexOf('：') + 1));
            office.fill("CommentHandling", handling);
            shot(office, "office-handles-ministry-comments");
            complete(office, task);
        }
    }

    private Browser as(String user) {
        Browser browser = new Browser(base);
        browser.login("tasklist", user, "demo");
        return browser;
    }

    /** Completes the open task in the form and waits until the engine has it done (or shows what Tasklist said). */
    private void complete(Browser browser, String taskId) {
        browser.completeTask();
        try {
            browser.waiting().until(driver -> tasks.createTaskQuery().taskId(taskId).count() == 0);
        } catch (TimeoutException e) {
            throw new AssertionError("task " + taskId + " was not completed; Tasklist says: " + browser.notifications(), e);
        }
    }

    private void assertShowsApplication(String form, String number) {
        Application application = applications.find(number).orElseThrow().application();
        assertThat(form).contains(number).contains(application.benchmarkName()).contains(application.enterpriseName())
                .contains(application.abstractText());
    }

    private void assertNothingConfidential(String page) {
        confidential.forEach(secret -> assertThat(page).doesNotContain(secret));
        assertThat(page).doesNotContain("综合得分").doesNotContain("总分").doesNotContain("评语").doesNotContain("现场核查发现");
        for (Expert expert : experts.all()) {
            assertThat(page).doesNotContain(expert.name()).doesNotContainPattern("\\b" + expert.userId() + "\\b");
        }
    }

    private List<Task> reviewTasks(ReviewStage stage) {
        return tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey("UserTask_ReviewApplication")
                .processInstanceBusinessKeyLike(campaign + "-%/" + stage.name() + "/%")
                .orderByTaskCreateTime().asc().list();
    }

    private Task campaignTask(String definitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(campaign).taskDefinitionKey(definitionKey).singleResult();
    }

    private String applicationOf(Task task) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey().split("/")[0];
    }

    private String benchmarkNameOf(String number) {
        return applications.find(number).orElseThrow().application().benchmarkName();
    }

    private ApplicationStatus statusOf(String number) {
        return applications.find(number).orElseThrow().status();
    }

    private void shot(Browser browser, String name) throws IOException {
        browser.screenshot(String.format("review-%02d-%s", ++step, name));
    }
}
