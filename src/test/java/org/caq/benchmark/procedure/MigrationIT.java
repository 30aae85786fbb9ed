package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.publicity.TestObjections;
import org.caq.benchmark.review.ConfidentialityUndertaking;
import org.caq.benchmark.review.Undertakings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator redeploys all the models and moves running cases to the new versions as docs/administration.md
 * writes it: real cases walk today's models, and at every user task of every model a case waiting there is moved to
 * the new version (generate, validate, execute through /engine-rest), keeps its open task (name, assignee, due date,
 * candidate groups), and takes its next step on the new version (what follows is the new version's: its tasks carry
 * the new names). Then it is moved back, as an administrator undoing a redeploy would, so that it reaches its next
 * task on today's model again.
 */
@BenchmarkSpringTest
class MigrationIT {

    private static final String CAMPAIGN = "2022-national";
    /** Reached by the second walk: a publicity whose period runs into a year without its holiday arrangement. */
    private static final Set<String> ACROSS_YEARS = Set.of("benchmark-campaign/UserTask_AwaitCalendarYear");
    /** Reached by the third walk: a province's titles nominated to the national selection. */
    private static final Set<String> NOMINATION = Set.of("benchmark-nomination/UserTask_NominateTitles",
            "benchmark-nomination/UserTask_ApplyFromNomination");

    @Autowired ProcessEngine engine;
    @Autowired ApplicationContext context;
    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired HolidayArrangements arrangements;

    private static ModelVersions versions;
    private final Set<String> walked = new TreeSet<>();
    private TestApplications cases;

    @BeforeEach
    void versions() {
        if (versions == null) {
            versions = ModelVersions.deploy(rest, runtime);
        }
        cases = new TestApplications(engine, store, accounts);
    }

    @Test
    void moves_cases_waiting_at_every_user_task_to_the_new_version_where_they_take_their_next_step() {
        String campaign = noticePublishedAndWindowOpen();
        ProcessInstance first = submitted("jiangsu", "迁移甲精工有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance second = submitted("fujian", "迁移乙新材料有限公司", TestApplications.FUJIAN_CODE);
        returnedRevisedSupplementedAndPassed(first);
        complete(second, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        complete(second, Map.of());
        complete(second, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.PASS));
        TestCampaigns timers = new TestCampaigns(engine, jdbc);
        timers.fireTimer(campaign, "Event_ApplicationWindowCloses");
        timers.fireTimer(campaign, "Event_RecommendationDeadline");
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult();

        stepOnNewVersion(pi, "UserTask_ConcludeFormReview", Map.of());
        stepOnNewVersion(pi, "UserTask_FormCommittee", Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, 3,
                ReviewProcess.AGGREGATION_POLICY, "MEAN", ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
        stepOnNewVersion(pi, "UserTask_OpenMaterialReview", Map.of(ReviewProcess.REVIEW_DUE_DATE,
                TestClock.today().plusDays(10).toString(), ReviewProcess.REMINDER_DAYS, 3));
        reviewedAndDeliberated(campaign, "MATERIAL", List.of(first, second), true);
        String soon = TestClock.today().plusDays(5).toString();
        stepOnNewVersion(pi, "UserTask_ScheduleDefense", Map.of(ReviewProcess.DEFENSE_DATE, soon, ReviewProcess.DEFENSE_PLACE,
                "北京 中国质量协会", ReviewProcess.DEFENSE_DUE_DATE, soon, ReviewProcess.SITE_VERIFICATIONS, second.getBusinessKey()));
        stepOnNewVersion(second, "UserTask_RecordSiteVerification", Map.of(ReviewProcess.SITE_VERIFICATION_FINDING, "现场数据与材料一致"));
        reviewedAndDeliberated(campaign, "DEFENSE", List.of(first, second), false);
        stepOnNewVersion(pi, "UserTask_CommentOnPreliminaryList", Map.of(ReviewProcess.MINISTRY_COMMENTS,
                first.getBusinessKey() + "：请核实近三年利润数据"));
        stepOnNewVersion(pi, "UserTask_HandleMinistryComments", Map.of(ReviewProcess.COMMENT_HANDLING,
                first.getBusinessKey() + "：已核实审计报告，数据属实"));
        stepOnNewVersion(pi, "UserTask_PublishPublicity", Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START,
                TestPreliminaryLists.publicityStart(arrangements).toString()));
        TestPreliminaryLists.beginToday(jdbc, campaign);
        objectedAndDismissed(campaign, second.getBusinessKey());
        timers.fireTimer(campaign, "Event_PublicityPeriodEnds");
        Map<String, Object> noExclusions = new HashMap<>();
        noExclusions.put(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, null);
        stepOnNewVersion(pi, "UserTask_PrepareFinalList", noExclusions);
        stepOnNewVersion(pi, "UserTask_ApproveResults", Map.of(AnnouncementProcess.APPROVAL_DECISION, AnnouncementProcess.APPROVE,
                AnnouncementProcess.APPROVAL_REFERENCE, "会长办公会纪要〔2022〕9号"));
        stepOnNewVersion(pi, "UserTask_PublishAnnouncement", Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2022〕1号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
        titlesManagedAndOneRevoked(campaign);

        assertThat(walked).isEqualTo(difference(difference(everyUserTask(), ACROSS_YEARS), NOMINATION));
    }

    @Test
    void moves_a_campaign_waiting_for_a_missing_holiday_arrangement_to_the_new_version_where_it_waits_again() {
        int missing = TestCalendarYears.firstMissingAfter(arrangements, TestClock.TODAY.getYear());
        TestClock.moveTo(LocalDate.of(missing - 1, 12, 21));
        ProcessInstance pi = new TestPreliminaryLists(engine, jdbc, store, accounts).provincial(2019, "jiangsu",
                List.of("跨年迁移精密有限公司"), List.of("jiangsu-nanjing"), TestApplications.JIANGSU_CODE).campaign();
        String start = TestPreliminaryLists.publicityStart(arrangements).toString();
        complete(pi, Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start));

        stepOnNewVersion(pi, "UserTask_AwaitCalendarYear", Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start));

        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("UserTask_AwaitCalendarYear");
        assertThat(walked).isEqualTo(ACROSS_YEARS);
    }

    @Test
    void moves_a_nomination_waiting_for_the_province_s_choice_and_then_for_the_holder_to_the_new_version() {
        TestClock.moveTo(LocalDate.of(2024, 6, 2));
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        ProcessInstance jiangsu = new TestPreliminaryLists(engine, jdbc, store, accounts).provincialWithoutPublicity(2017, "jiangsu",
                List.of("迁移推荐称号有限公司"), List.of("jiangsu-nanjing"), TestApplications.JIANGSU_CODE).campaign();
        complete(jiangsu, Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        complete(jiangsu, Map.of(AnnouncementProcess.APPROVAL_DECISION, AnnouncementProcess.APPROVE,
                AnnouncementProcess.APPROVAL_REFERENCE, "苏工信科技〔2017〕1号"));
        complete(jiangsu, Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "苏工信科技〔2017〕2号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
        String title = jiangsu.getBusinessKey() + "-T001";

        engine.getIdentityService().setAuthentication("jiangsu", List.of("unit-jiangsu"));
        ProcessInstance nomination;
        try {
            nomination = runtime.startProcessInstanceByKey(NominationProcess.KEY, Map.of(NominationProcess.UNIT, "jiangsu",
                    NominationProcess.CHOOSE_BY, TestClock.today().plusDays(5).toString(),
                    NominationProcess.APPLY_BY, TestClock.today().plusDays(10).toString()));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        stepOnNewVersion(nomination, "UserTask_NominateTitles", Map.of(NominationProcess.NOMINATED, title));
        stepOnNewVersion(nomination, "UserTask_ApplyFromNomination", open -> open.get(0), true,
                Map.of(ApplicationProcess.CONTACT_PHONE, "025-88886666"));

        assertThat(instance(nomination.getId())).as("the holder applied; the nomination ends").isNull();
        assertThat(walked).isEqualTo(NOMINATION);
    }

    /**
     * The case waits at this user task of today's model: moved to the new version through the REST API, it keeps the
     * task as it was, and completing it there takes it on along the new version.
     */
    private void stepOnNewVersion(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        stepOnNewVersion(pi, taskKey, tasks -> tasks.get(0), false, variables);
    }

    /**
     * As above, for a step several people take at once (a vote, an undertaking): the one picked among the open tasks,
     * completed as its assignee would complete it, logged in.
     */
    private void stepOnNewVersion(ProcessInstance pi, String taskKey, Function<List<Task>, Task> pick, boolean asAssignee,
            Map<String, Object> variables) {
        String key = keyOf(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId());
        if (!definitionOf(pi).equals(versions.oldId(key))) {
            versions.toOld(pi.getId(), key);
        }
        List<Task> waiting = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).orderByTaskAssignee().asc().list();
        assertThat(waiting).as(key + " waits at " + taskKey).isNotEmpty();
        Task task = pick.apply(waiting);
        assertThat(task.getProcessDefinitionId()).isEqualTo(versions.oldId(key));
        Set<String> groups = candidateGroups(task);
        Set<String> open = tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream().map(Task::getId).collect(Collectors.toSet());

        versions.toNew(pi.getId(), key);

        Task moved = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(moved.getProcessDefinitionId()).as(taskKey).isEqualTo(versions.newId(key));
        assertThat(moved).extracting(Task::getName, Task::getAssignee, Task::getDueDate)
                .containsExactly(task.getName(), task.getAssignee(), task.getDueDate());
        assertThat(candidateGroups(moved)).isEqualTo(groups);
        completeAs(asAssignee ? task.getAssignee() : null, task.getId(), variables);
        ProcessInstance after = runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
        if (after != null) {
            assertThat(after.getProcessDefinitionId()).as("after " + taskKey).isEqualTo(versions.newId(key));
        }
        tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream().filter(next -> !open.contains(next.getId()))
                .forEach(next -> assertThat(next.getName()).as("the task after " + taskKey).startsWith(ModelVersions.MARK));
        walked.add(key + "/" + taskKey);
    }

    private String noticePublishedAndWindowOpen() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CampaignProcess.YEAR, 2022);
        settings.put(CampaignProcess.LEVEL, "national");
        settings.put(CampaignProcess.ORGANISER, "中国质量协会");
        settings.put(CampaignProcess.FOCUS_AREAS, "智能制造\n供应链管理");
        settings.put(CampaignProcess.APPLICATION_OPENS, "2022-05-15");
        settings.put(CampaignProcess.APPLICATION_CLOSES, "2022-07-05");
        settings.put(CampaignProcess.RECOMMENDATION_DEADLINE, "2022-07-20");
        ProcessInstance pi = runtime.startProcessInstanceByKey(CampaignProcess.KEY, settings);
        stepOnNewVersion(pi, "UserTask_PublishCampaignNotice", Map.of(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/" + CAMPAIGN));
        // one national window is open at a time, as in reality
        jdbc.sql("update campaign set status = 'CLOSED' where status = 'OPEN' and number <> ? and level = 'national'")
                .param(CAMPAIGN).update();
        new TestCampaigns(engine, jdbc).fireTimer(CAMPAIGN, "Event_ApplicationWindowOpens");
        return pi.getBusinessKey();
    }

    private ProcessInstance submitted(String unit, String enterprise, String code) {
        Map<String, Object> form = TestApplications.form(unit, enterprise, code);
        ProcessInstance pi = cases.submit(form);
        cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
        return pi;
    }

    /**
     * Returned by its unit, revised by the applicant, recommended, its materials handed in (seed 001 §1(2)4), asked to
     * supplement, supplemented and passed.
     */
    private void returnedRevisedSupplementedAndPassed(ProcessInstance pi) {
        Map<String, Object> form = TestApplications.form("jiangsu", "迁移甲精工有限公司", TestApplications.JIANGSU_CODE);
        stepOnNewVersion(pi, "UserTask_RecommendApplication", Map.of(ApplicationProcess.RECOMMENDATION_DECISION,
                ApplicationProcess.RETURN, ApplicationProcess.RECOMMENDATION_COMMENT, "请补充三年对比数据"));
        stepOnNewVersion(pi, "UserTask_ReviseApplication", form);
        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        stepOnNewVersion(pi, ApplicationProcess.USER_TASK_UPLOAD_MATERIALS, Map.of());
        stepOnNewVersion(pi, "UserTask_ReviewForm", Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.SUPPLEMENT,
                ApplicationProcess.FORM_REVIEW_REASON, "申报书缺少公章", ApplicationProcess.SUPPLEMENT_DUE_DATE,
                TestClock.today().plusDays(5).toString()));
        stepOnNewVersion(pi, "UserTask_SupplementApplication", form);
        complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.PASS));
    }

    /**
     * Every expert signs the campaign's undertaking (one signature moved to the new version first) and scores both cases
     * (one review moved first); the group's leader, if they reviewed none, signs at the deliberation (moved first), and
     * selects them.
     */
    private void reviewedAndDeliberated(String campaign, String stage, List<ProcessInstance> applications, boolean walk) {
        if (walk) {
            Task unsigned = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey(Undertakings.SIGN_TASK)
                    .processInstanceBusinessKeyLike(campaign + "%").orderByTaskAssignee().asc().list().get(0);
            stepOnNewVersion(instance(unsigned.getProcessInstanceId()), Undertakings.SIGN_TASK, open -> open.get(0), true,
                    Map.of(ConfidentialityUndertaking.ACCEPTED, true));
        }
        TestUndertakings.signAllInCampaign(engine, campaign);
        if (walk) {
            // as a leader who reviewed none of the group's applications: they sign when the deliberation opens to them
            jdbc.sql("delete from confidentiality_undertaking where campaign_number = ? and user_id = (select e.user_id from "
                    + "expert_group g join expert e on e.code = g.leader where g.campaign_number = ? and g.code = 'MANAGEMENT')")
                    .params(campaign, campaign).update();
        }
        for (ProcessInstance application : applications) {
            for (Task review : tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey("UserTask_ReviewApplication")
                    .processInstanceBusinessKeyLike(application.getBusinessKey() + "/" + stage + "/%").list()) {
                Map<String, Object> scores = Map.of(ReviewProcess.SCORE_1, 88, ReviewProcess.SCORE_2, 88, ReviewProcess.SCORE_3, 88,
                        ReviewProcess.COMMENT, "方法成熟");
                if (walk && !walked.contains(ReviewProcess.KEY + "/UserTask_ReviewApplication")) {
                    stepOnNewVersion(instance(review.getProcessInstanceId()), "UserTask_ReviewApplication", scores);
                } else {
                    tasks.complete(review.getId(), scores);
                }
            }
        }
        Task deliberation = tasks.createTaskQuery().processDefinitionKey(DeliberationProcess.KEY)
                .processInstanceBusinessKey(campaign + "/" + stage + "/MANAGEMENT").singleResult();
        Map<String, Object> selection = Map.of(ReviewProcess.SELECTED, Spin.JSON(applications.stream().map(ProcessInstance::getBusinessKey).toList()),
                ReviewProcess.RATIONALE, "方法成熟、成效显著");
        if (walk) {
            stepOnNewVersion(instance(deliberation.getProcessInstanceId()), Undertakings.SIGN_TASK, open -> open.get(0), true,
                    Map.of(ConfidentialityUndertaking.ACCEPTED, true));
            stepOnNewVersion(instance(deliberation.getProcessInstanceId()), "UserTask_Deliberate", selection);
        } else {
            tasks.complete(deliberation.getId(), selection);
        }
    }

    /**
     * One objection walks the office's investigation, a member's undertaking and vote (the others then vote alike) and
     * the reply; a second one's investigation runs late and the office's follow-up is walked, then it is dismissed too.
     */
    private void objectedAndDismissed(String campaign, String application) {
        ProcessInstance objection = objection(application, "13700000022");
        // as members outside the groups, who have signed nothing yet: each signs before their vote opens
        jdbc.sql("delete from confidentiality_undertaking where campaign_number = ?").param(campaign).update();
        stepOnNewVersion(objection, "UserTask_InvestigateObjection", Map.of(PublicityProcess.FINDINGS, "数据属实",
                PublicityProcess.RECOMMENDATION, PublicityProcess.DISMISS));
        stepOnNewVersion(objection, Undertakings.SIGN_TASK, open -> open.get(0), true, Map.of(ConfidentialityUndertaking.ACCEPTED, true));
        TestUndertakings.signAllIn(engine, objection.getId());
        stepOnNewVersion(objection, "UserTask_VoteOnObjection", open -> open.get(0), true, Map.of(PublicityProcess.VOTE,
                PublicityProcess.DISMISS, PublicityProcess.VOTE_OPINION, "异议缺乏依据"));
        org.caq.benchmark.TestObjections.voteAll(engine, instance(objection.getId()), PublicityProcess.DISMISS, "异议缺乏依据");
        stepOnNewVersion(objection, "UserTask_ReplyToObjector", Map.of(PublicityProcess.REPLY, "已书面答复异议不成立"));

        ProcessInstance late = objection(application, "13700000023");
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(late.getId())
                .activityId("BoundaryEvent_InvestigationOverdue").singleResult();
        engine.getManagementService().executeJob(overdue.getId());
        stepOnNewVersion(late, "UserTask_FollowUpObjection", Map.of(PublicityProcess.FOLLOW_UP_NOTE, "已督促经办人两日内完成核实"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(late.getId()).taskDefinitionKey("UserTask_InvestigateObjection")
                .singleResult().getId(), Map.of(PublicityProcess.FINDINGS, "数据属实", PublicityProcess.RECOMMENDATION, PublicityProcess.DISMISS));
        org.caq.benchmark.TestObjections.voteAll(engine, late, PublicityProcess.DISMISS, "异议缺乏依据");
        complete(late, Map.of(PublicityProcess.REPLY, "已书面答复异议不成立"));
    }

    private ProcessInstance objection(String application, String phone) {
        String number = TestObjections.submit(context, application, phone);
        return runtime.createProcessInstanceQuery().processDefinitionKey(PublicityProcess.OBJECTION_KEY)
                .processInstanceBusinessKey(number).singleResult();
    }

    /**
     * The first title's duties, each first overdue and followed up by the office: its plaque, its video and its
     * attendance at an exchange activity; the second title is reported, investigated and revoked.
     */
    private void titlesManagedAndOneRevoked(String campaign) {
        ProcessInstance kept = title(campaign + "-T001");
        for (String overdue : List.of("BoundaryEvent_PlaqueOverdue", "BoundaryEvent_VideoOverdue", "BoundaryEvent_ExchangeOverdue")) {
            engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(kept.getId())
                    .activityId(overdue).singleResult().getId());
        }
        for (String followUp : List.of("UserTask_FollowUpPlaque", "UserTask_FollowUpVideo", "UserTask_FollowUpExchange")) {
            stepOnNewVersion(kept, followUp, Map.of(TitleProcess.FOLLOW_UP_NOTE, "已电话督促，对方承诺两周内办理"));
        }
        stepOnNewVersion(kept, "UserTask_RecordPlaque", Map.of(TitleProcess.PLAQUE_NUMBER, "ZLBG-2022-001",
                TitleProcess.PLAQUE_AWARDED_ON, TestClock.today().toString()));
        stepOnNewVersion(kept, "UserTask_ProvidePromotionVideo", Map.of(TitleProcess.VIDEO_URL, "https://video.example.cn/2022.mp4",
                TitleProcess.VIDEO_SPEAKER_MINUTES, 1, TitleProcess.VIDEO_PRESENTATION_MINUTES, 28, TitleProcess.VIDEO_PRODUCT_MINUTES, 1,
                TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, true));
        ProcessInstance activity = runtime.startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, Map.of(
                TitleProcess.EXCHANGE_DIRECTORY, "national", TitleProcess.EXCHANGE_NAME, "全国质量标杆经验交流活动（迁移）",
                TitleProcess.EXCHANGE_HELD_ON, TestClock.today().toString(), TitleProcess.EXCHANGE_PLACE, "北京",
                TitleProcess.EXCHANGE_INVITED, campaign + "-T001"));
        stepOnNewVersion(activity, "UserTask_RecordAttendance", Map.of(TitleProcess.EXCHANGE_ATTENDANCE, campaign + "-T001：出席"));
        assertThat(title(campaign + "-T001")).as("the kept title's duties are done").isNull();
        ProcessInstance revocation = runtime.startProcessInstanceByKey(TitleProcess.REVOCATION_KEY, Map.of(TitleProcess.TITLE_NUMBER,
                campaign + "-T002", TitleProcess.GROUND, "QUALITY_ACCIDENT", TitleProcess.REPORT, "媒体报道该企业发生重大产品质量事故"));
        stepOnNewVersion(revocation, "UserTask_InvestigateReport", Map.of(TitleProcess.FINDINGS, "事故属实且企业负主要责任",
                TitleProcess.RECOMMENDATION, TitleProcess.REVOKE));
        stepOnNewVersion(revocation, "UserTask_DecideRevocation", Map.of(TitleProcess.DECISION, TitleProcess.REVOKE,
                TitleProcess.DECISION_REASON, "证据确凿"));
        assertThat(title(campaign + "-T002")).as("the revoked title's case ends").isNull();
    }

    private ProcessInstance title(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TitleProcess.KEY).processInstanceBusinessKey(number).singleResult();
    }

    private ProcessInstance instance(String id) {
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private String definitionOf(ProcessInstance pi) {
        return instance(pi.getId()).getProcessDefinitionId();
    }

    private Set<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    private void completeAs(String user, String taskId, Map<String, Object> variables) {
        if (user == null) {
            tasks.complete(taskId, variables);
            return;
        }
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            tasks.complete(taskId, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
    }

    private static String keyOf(String definitionId) {
        return definitionId.substring(0, definitionId.indexOf(':'));
    }

    /** Every user task of every model in processes/, as {@code process-key/UserTask_Id}. */
    private static Set<String> everyUserTask() {
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                String key = file.getFileName().toString().replace(".bpmn", "");
                Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)
                        .forEach(task -> all.add(key + "/" + task.getId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Set<String> difference(Set<String> all, Set<String> less) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(less);
        return rest;
    }
}
