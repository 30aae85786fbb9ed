package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCalendarYears;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.publicity.TestObjections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns running on the model before its phases became sub-processes (decision 0082; the model of that version is
 * kept in src/test/resources/models-before-0082) move into their phases by the plan docs/administration.md ships
 * ("The campaign by phases") — the guide's command run with bash as written, through /engine-rest as an administrator
 * — at every user task, timer, message event and review stage of the old version: each then waits at the same
 * activity inside its phase and goes on there. A plan missing an instruction is refused and moves nothing.
 */
@BenchmarkSpringTest
class CampaignPhasesMigrationIT {

    /**
     * Campaign numbers no other integration test opens: every national year the start form accepts today (2012 to
     * next year) is another test's, so these campaigns are registered with the clock a year on (see {@link #onOldVersion}).
     */
    private static final int WALKED = 2028;
    private static final String PLAN = "docs/migration/benchmark-campaign-phases-0082.json";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired HolidayArrangements arrangements;
    @Autowired ApplicationContext context;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    private static ModelVersions versions;
    private final List<String> moved = new ArrayList<>();

    @BeforeEach
    void versions() {
        if (versions == null) {
            Map<String, String> before = ModelVersions.deployAsIs(rest, "models-before-0082", "src/test/resources/models-before-0082");
            Map<String, String> today = ModelVersions.deployAsIs(rest, "models-today", "processes");
            versions = ModelVersions.of(rest, runtime, before, today);
        }
    }

    @Test
    void moves_a_campaign_waiting_at_each_step_of_the_old_version_into_its_phase_by_the_guide_s_plan_where_it_goes_on()
            throws Exception {
        String number = WALKED + "-national";
        ProcessInstance pi = onOldVersion(settings(WALKED, "national", null));
        TestCampaigns timers = new TestCampaigns(engine, jdbc);

        movedThenComplete(pi, "UserTask_PublishCampaignNotice", "SubProcess_Launch",
                Map.of(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/" + number));
        // one national window is open at a time, as in reality
        jdbc.sql("update campaign set status = 'CLOSED' where status = 'OPEN' and number <> ? and level = 'national'")
                .param(number).update();
        movedThen(pi, "Event_ApplicationWindowOpens", "SubProcess_Launch", () -> timers.fireTimer(number, "Event_ApplicationWindowOpens"));
        ProcessInstance application = applicationPassed();
        movedThen(pi, "Event_ApplicationWindowCloses", "SubProcess_Launch", () -> timers.fireTimer(number, "Event_ApplicationWindowCloses"));
        movedThen(pi, "Event_RecommendationDeadline", "SubProcess_Launch", () -> timers.fireTimer(number, "Event_RecommendationDeadline"));
        movedThenComplete(pi, "UserTask_ConcludeFormReview", "SubProcess_Committee", Map.of());
        movedThenComplete(pi, "UserTask_FormCommittee", "SubProcess_Committee", Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, 3,
                ReviewProcess.AGGREGATION_POLICY, "MEAN", ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
        movedThenComplete(pi, "UserTask_OpenMaterialReview", "SubProcess_MaterialReview", Map.of(ReviewProcess.REVIEW_DUE_DATE,
                TestClock.today().plusDays(10).toString(), ReviewProcess.REMINDER_DAYS, 3));
        movedThen(pi, CampaignProcess.CALL_ACTIVITY_MATERIAL_REVIEW, "SubProcess_MaterialReview",
                () -> reviewedAndDeliberated(number, "MATERIAL", application.getBusinessKey()));
        String soon = TestClock.today().plusDays(5).toString();
        movedThenComplete(pi, "UserTask_ScheduleDefense", "SubProcess_DefenseReview", Map.of(ReviewProcess.DEFENSE_DATE, soon,
                ReviewProcess.DEFENSE_PLACE, "北京 中国质量协会", ReviewProcess.DEFENSE_DUE_DATE, soon));
        movedThen(pi, CampaignProcess.CALL_ACTIVITY_DEFENSE_REVIEW, "SubProcess_DefenseReview",
                () -> reviewedAndDeliberated(number, "DEFENSE", application.getBusinessKey()));
        movedThenComplete(pi, CampaignProcess.USER_TASK_COMMENT_ON_PRELIMINARY_LIST, "SubProcess_PreliminaryList",
                Map.of(ReviewProcess.MINISTRY_COMMENTS, application.getBusinessKey() + "：请核实近三年利润数据"));
        movedThenComplete(pi, CampaignProcess.USER_TASK_HANDLE_MINISTRY_COMMENTS, "SubProcess_PreliminaryList",
                Map.of(ReviewProcess.COMMENT_HANDLING, application.getBusinessKey() + "：已核实审计报告，数据属实"));
        movedThenComplete(pi, CampaignProcess.USER_TASK_PUBLISH_PUBLICITY, "SubProcess_Publicity", Map.of(
                PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS,
                PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        TestPreliminaryLists.beginToday(jdbc, number);
        ProcessInstance objection = objection(application.getBusinessKey());
        movedThen(pi, CampaignProcess.EVENT_PUBLICITY_PERIOD_ENDS, "SubProcess_Publicity",
                () -> timers.fireTimer(number, CampaignProcess.EVENT_PUBLICITY_PERIOD_ENDS));
        movedThen(pi, "Event_ObjectionsSettled", "SubProcess_Publicity", () -> dismissed(objection));
        Map<String, Object> noExclusions = new HashMap<>();
        noExclusions.put(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, null);
        movedThenComplete(pi, CampaignProcess.USER_TASK_PREPARE_FINAL_LIST, "SubProcess_Results", noExclusions);
        movedThenComplete(pi, CampaignProcess.USER_TASK_APPROVE_RESULTS, "SubProcess_Results", Map.of(
                AnnouncementProcess.APPROVAL_DECISION, AnnouncementProcess.APPROVE, AnnouncementProcess.APPROVAL_REFERENCE,
                "会长办公会纪要〔2028〕9号"));
        movedThenComplete(pi, CampaignProcess.USER_TASK_PUBLISH_ANNOUNCEMENT, "SubProcess_Results", Map.of(
                AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS, AnnouncementProcess.CHANNEL_NOTE,
                TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2028〕1号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).as("the campaign ended").isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("EndEvent_CampaignCompleted").count()).isOne();
        assertThat(moved).as("every wait state of the old version but the holiday arrangement's (the next test)")
                .containsExactlyInAnyOrderElementsOf(waitStatesOfTheOldVersion().stream()
                        .filter(id -> !id.equals("UserTask_AwaitCalendarYear") && !id.equals("BoundaryEvent_CalendarYearAdded")).toList());
    }

    @Test
    void moves_a_campaign_waiting_for_a_missing_holiday_arrangement_into_its_publicity_where_it_waits_again() throws Exception {
        int missing = TestCalendarYears.firstMissingAfter(arrangements, TestClock.TODAY.getYear());
        TestClock.moveTo(LocalDate.of(missing - 1, 12, 21));
        ProcessInstance pi = new TestPreliminaryLists(engine, jdbc, store, accounts).provincial(2027, "jiangsu",
                List.of("分阶段跨年精密有限公司"), List.of("jiangsu-nanjing"), TestApplications.JIANGSU_CODE).campaign();
        toOld(pi);
        Map<String, Object> publicity = Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS,
                PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString());
        tasks.complete(task(pi).getId(), publicity);
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("UserTask_AwaitCalendarYear");

        movedThenComplete(pi, "UserTask_AwaitCalendarYear", "SubProcess_Publicity", publicity);

        assertThat(task(pi).getTaskDefinitionKey()).as("the year is still missing").isEqualTo("UserTask_AwaitCalendarYear");
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(pi.getId()).activityId("BoundaryEvent_CalendarYearAdded")
                .eventName(CampaignProcess.CALENDAR_YEAR_ADDED).count()).as("it waits for the year on the new version").isOne();
        assertThat(definitionOf(pi)).isEqualTo(versions.newId(CampaignProcess.KEY));
    }

    /**
     * A careless administrator's plan, one instruction short: the engine refuses to move a campaign waiting at that
     * activity, and moves none of the version's campaigns (all or none); the shipped plan then moves both.
     */
    @Test
    void refuses_a_plan_missing_an_instruction_and_moves_nothing() throws Exception {
        String old = versions.oldId(CampaignProcess.KEY);
        ProcessInstance atNotice = onOldVersion(settings(WALKED, "provincial", "shandong"));
        ProcessInstance opening = onOldVersion(settings(2027, "provincial", "shandong"));
        tasks.complete(task(opening).getId(), Map.of(CampaignProcess.NOTICE_URL, "https://www.sdqi.gov.cn/2027"));
        assertThat(runtime.getActiveActivityIds(opening.getId())).containsExactly(CampaignProcess.EVENT_APPLICATION_WINDOW_OPENS);

        List<JsonNode> instructions = new ArrayList<>();
        new ObjectMapper().readTree(Files.readString(Path.of(PLAN))).forEach(instructions::add);
        instructions.removeIf(instruction -> instruction.path("sourceActivityIds").get(0).asText().equals("UserTask_PublishCampaignNotice"));
        String plan = "{\"sourceProcessDefinitionId\":\"" + old + "\",\"targetProcessDefinitionId\":\""
                + versions.newId(CampaignProcess.KEY) + "\",\"instructions\":" + instructions + "}";
        ResponseEntity<String> refused = post("/migration/execute", "{\"migrationPlan\":" + plan
                + ",\"processInstanceQuery\":{\"processDefinitionId\":\"" + old + "\"}}");

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("ENGINE-23004").contains("UserTask_PublishCampaignNotice");
        assertThat(definitionOf(atNotice)).isEqualTo(old);
        assertThat(definitionOf(opening)).as("all or none").isEqualTo(old);

        assertThat(runGuideCommand()).contains("HTTP 204");
        assertThat(phaseOf(atNotice, "UserTask_PublishCampaignNotice")).isEqualTo("SubProcess_Launch");
        assertThat(phaseOf(opening, CampaignProcess.EVENT_APPLICATION_WINDOW_OPENS)).isEqualTo("SubProcess_Launch");
        tasks.complete(task(atNotice).getId(), Map.of(CampaignProcess.NOTICE_URL, "https://www.sdqi.gov.cn/" + WALKED));
        assertThat(phaseOf(atNotice, CampaignProcess.EVENT_APPLICATION_WINDOW_OPENS)).isEqualTo("SubProcess_Launch");
    }

    /** The campaign waits at this step of the old version; the guide's plan moves it into its phase; then the step. */
    private void movedThen(ProcessInstance pi, String activity, String phase, Step step) throws Exception {
        if (!definitionOf(pi).equals(versions.oldId(CampaignProcess.KEY))) {
            toOld(pi);
        }
        assertThat(runtime.getActiveActivityIds(pi.getId())).as("waits on the old version at " + activity).contains(activity);
        String open = tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream().map(Task::getId).sorted().toList().toString();

        assertThat(runGuideCommand()).as(activity).contains("\"instructionReports\":[]").contains("HTTP 204");

        assertThat(definitionOf(pi)).as(activity).isEqualTo(versions.newId(CampaignProcess.KEY));
        assertThat(phaseOf(pi, activity)).as(activity).isEqualTo(phase);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream().map(Task::getId).sorted().toList().toString())
                .as("the open task is kept").isEqualTo(open);
        step.run();
        moved.add(activity);
    }

    private void movedThenComplete(ProcessInstance pi, String task, String phase, Map<String, Object> variables) throws Exception {
        movedThen(pi, task, phase, () -> {
            Task open = task(pi);
            assertThat(open.getTaskDefinitionKey()).isEqualTo(task);
            tasks.complete(open.getId(), variables);
        });
        if (runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
            assertThat(definitionOf(pi)).as("goes on on the new version after " + task).isEqualTo(versions.newId(CampaignProcess.KEY));
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /**
     * The phase (sub-process) the activity's instances lie in, directly or in its multi-instance body; null when the
     * activity has no instance (a boundary event waits with its task).
     */
    private String phaseOf(ProcessInstance pi, String activity) {
        ActivityInstance tree = runtime.getActivityInstance(pi.getId());
        for (ActivityInstance phase : tree.getChildActivityInstances()) {
            if (phase.getActivityInstances(activity).length > 0 || phase.getTransitionInstances(activity).length > 0) {
                return phase.getActivityId();
            }
        }
        return null;
    }

    /**
     * The guide's command for the campaign's versions before decision 0082 (its {@code ```bash} block naming the plan
     * file), pointed at this server, the demo administrator and the old version, run with bash as an administrator
     * would paste it; answers what it printed.
     */
    private String runGuideCommand() throws IOException, InterruptedException {
        Matcher block = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("docs/administration.md")));
        String command = null;
        while (block.find()) {
            command = block.group(1).contains(PLAN) ? block.group(1) : command;
        }
        assertThat(command).as("the guide's command for the campaign by phases").isNotNull()
                .startsWith("BASE=http://localhost:8080/engine-rest\nADMIN='admin:<password>'\n").contains("\nOLD='");
        command = command.replace("BASE=http://localhost:8080/engine-rest\n", "BASE=http://localhost:" + port + "/engine-rest\n")
                .replace("ADMIN='admin:<password>'\n", "ADMIN='admin:admin'\n")
                .replaceFirst("\nOLD='[^']*'\n", "\nOLD='" + versions.oldId(CampaignProcess.KEY) + "'\n");
        Process shell = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        return output;
    }

    /** Back to the old version (as an administrator undoing the redeploy would), the same ids mapped the other way. */
    private void toOld(ProcessInstance pi) {
        ModelVersions.moveBySameIds(runtime, versions.newId(CampaignProcess.KEY), versions.oldId(CampaignProcess.KEY), PLAN, pi.getId());
        assertThat(definitionOf(pi)).isEqualTo(versions.oldId(CampaignProcess.KEY));
    }

    /** Every activity of the old version a campaign can wait at: what the shipped plan maps. */
    private static List<String> waitStatesOfTheOldVersion() throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(Files.readString(Path.of(PLAN))).forEach(instruction -> {
            String id = instruction.path("sourceActivityIds").get(0).asText();
            if (!id.endsWith("#multiInstanceBody")) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** An application of the walked campaign, recommended, its materials handed in and its form review passed. */
    private ProcessInstance applicationPassed() {
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("jiangsu", "分阶段迁移精工有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance pi = cases.submit(form);
        cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
        tasks.complete(task(pi).getId(), Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        tasks.complete(task(pi).getId(), Map.of());
        tasks.complete(task(pi).getId(), Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.PASS));
        return pi;
    }

    /** Every expert of the stage signs and scores the application; the group's leader selects it. */
    private void reviewedAndDeliberated(String campaign, String stage, String application) {
        TestUndertakings.signAllInCampaign(engine, campaign);
        List<Task> reviews = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey("UserTask_ReviewApplication")
                .processInstanceBusinessKeyLike(application + "/" + stage + "/%").list();
        assertThat(reviews).as(stage + " reviews").isNotEmpty();
        reviews.forEach(review -> tasks.complete(review.getId(), Map.of(ReviewProcess.SCORE_1, 88, ReviewProcess.SCORE_2, 88,
                ReviewProcess.SCORE_3, 88, ReviewProcess.COMMENT, "方法成熟")));
        TestUndertakings.signAllInCampaign(engine, campaign);
        Task deliberation = tasks.createTaskQuery().processDefinitionKey(DeliberationProcess.KEY).taskDefinitionKey("UserTask_Deliberate")
                .processInstanceBusinessKey(campaign + "/" + stage + "/MANAGEMENT").singleResult();
        tasks.complete(deliberation.getId(), Map.of(ReviewProcess.SELECTED, Spin.JSON(List.of(application)),
                ReviewProcess.RATIONALE, "方法成熟、成效显著"));
    }

    private ProcessInstance objection(String application) {
        String number = TestObjections.submit(context, application, "13700000082");
        return runtime.createProcessInstanceQuery().processDefinitionKey(PublicityProcess.OBJECTION_KEY)
                .processInstanceBusinessKey(number).singleResult();
    }

    /** Investigated, voted on and answered: the objection case tells the campaign that every objection is settled. */
    private void dismissed(ProcessInstance objection) {
        tasks.complete(task(objection).getId(), Map.of(PublicityProcess.FINDINGS, "数据属实", PublicityProcess.RECOMMENDATION,
                PublicityProcess.DISMISS));
        TestUndertakings.signAllIn(engine, objection.getId());
        org.caq.benchmark.TestObjections.voteAll(engine, objection, PublicityProcess.DISMISS, "异议缺乏依据");
        tasks.complete(task(objection).getId(), Map.of(PublicityProcess.REPLY, "已书面答复异议不成立"));
    }

    /** A campaign started on the old version, registered with the clock a year on, so that next year is {@link #WALKED}. */
    private ProcessInstance onOldVersion(Map<String, Object> settings) {
        TestClock.moveTo(TestClock.TODAY.plusYears(1));
        try {
            return runtime.startProcessInstanceById(versions.oldId(CampaignProcess.KEY), settings);
        } finally {
            TestClock.moveTo(TestClock.TODAY);
        }
    }

    private static Map<String, Object> settings(int year, String level, String province) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CampaignProcess.YEAR, year);
        settings.put(CampaignProcess.LEVEL, level);
        if (province != null) {
            settings.put(CampaignProcess.PROVINCE, province);
        }
        settings.put(CampaignProcess.ORGANISER, province == null ? "中国质量协会" : "山东省工业和信息化厅");
        settings.put(CampaignProcess.FOCUS_AREAS, "智能制造\n供应链管理");
        settings.put(CampaignProcess.APPLICATION_OPENS, year + "-05-15");
        settings.put(CampaignProcess.APPLICATION_CLOSES, year + "-07-05");
        settings.put(CampaignProcess.RECOMMENDATION_DEADLINE, year + "-07-20");
        return settings;
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        return rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest" + path, new HttpEntity<>(body, headers), String.class);
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private String definitionOf(ProcessInstance pi) {
        return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
    }
}
