package org.caq.benchmark.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCalendarYears;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestObjections;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.announcement.Announcements;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.review.Undertakings;
import org.caq.benchmark.title.BenchmarkTitle;
import org.caq.benchmark.title.Titles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publicity (Art. 21) through the real models: 10 working days by the State Council's calendar, objections upheld
 * and dismissed by the committee, publicity held open by an objection still open, the final list, CAQ's approval
 * (returned once) and the announcement (Art. 22) that awards the titles.
 */
@BenchmarkSpringTest
class PublicityProcessTest {

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired Applications applications;
    @Autowired Campaigns campaigns;
    @Autowired Publicities publicities;
    @Autowired Objections objections;
    @Autowired ObjectionIntake intake;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired Announcements announcements;
    @Autowired TestRestTemplate rest;
    @Autowired Undertakings undertakings;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private String object(String application, String phone) {
        return intake.submit(ObjectionForm.of(application, "李四", null, phone, null,
                "该企业申报材料中近三年利润数据与其公开年报不一致，请核实。", "true"), null, null, "203.0.113.9");
    }

    private ProcessInstance handling(String objection) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(objection).singleResult();
    }

    /** How often a process instance passed an element: a message sent or caught twice would count 2. */
    private long passed(String processInstanceId, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activity).count();
    }

    private ApplicationStatus statusOf(String application) {
        return applications.find(application).orElseThrow().status();
    }

    @Test
    void runs_publicity_with_one_objection_upheld_and_one_dismissed_then_announces_the_final_list() {
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts)
                .national(2018, List.of("公示甲有限公司", "公示乙有限公司", "公示丙有限公司"));
        ProcessInstance pi = listed.campaign();
        String a = listed.applications().get(0);
        String b = listed.applications().get(1);
        String c = listed.applications().get(2);
        String campaign = pi.getBusinessKey();
        assertThat(pi).isWaitingAt("UserTask_PublishPublicity");
        assertThat(task(pi)).hasCandidateGroup("office");

        // publication: a working day from today on; the end from the State Council's calendar
        LocalDate start = TestPreliminaryLists.publicityStart(arrangements);
        assertThatThrownBy(() -> complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, TestClock.today().minusDays(1).toString())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("公示开始日期须在今天");
        LocalDate saturday = start.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        assertThatThrownBy(() -> complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, saturday.toString())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须为工作日");
        assertThatThrownBy(() -> object(a, "13800000000")).as("nothing published yet")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不在正在公示的名单上");
        for (int days : List.of(0, 21)) {
            assertThatThrownBy(() -> complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start.toString(),
                    PublicityProcess.OBJECTION_HANDLING_DAYS, days))).as("bound of %d working days", days)
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("异议办理期限（公示期满后工作日数）");
        }
        assertThatThrownBy(() -> complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS,
                Spin.JSON(List.of("caq-website", "benchmark-wechat")), PublicityProcess.PUBLICITY_START, start.toString())))
                .as("Art. 21 names three channels for the national list").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("尚未选择：工信部科技司网站");
        complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS,
                Spin.JSON(List.of("caq-website", "miit-sti-website", "benchmark-wechat")), PublicityProcess.PUBLICITY_START, start.toString()));
        Publicity publicity = publicities.find(campaign).orElseThrow();
        assertThat(publicity.channels().display()).isEqualTo("中国质量协会网站、工信部科技司网站、全国质量标杆微信公众号");
        LocalDate end = arrangements.calendar().period(start, 10).end();
        assertThat(publicity.endsOn()).isEqualTo(end);
        assertThat(publicity.objectionsDueOn()).as("the default bound: 10 working days after the period")
                .isEqualTo(arrangements.calendar().period(arrangements.calendar().period(end, 2).end(), 10).end());
        assertThat(publicity.listed()).extracting(Publicity.Entry::applicationNumber).containsExactly(a, b, c);
        assertThat(pi).isWaitingAt("Event_PublicityPeriodEnds");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult().getDuedate())
                .isEqualTo(BeijingTime.endOf(end));
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.PUBLICITY);

        // the period has begun (the start may be next Monday: move it to today rather than wait)
        TestPreliminaryLists.beginToday(jdbc, campaign);

        // two objections; a repeated one and one on an unknown application are refused
        String upheld = object(a, "13800000001");
        String dismissed = object(b, "13800000002");
        assertThat(upheld).isEqualTo(campaign + "-Y001");
        assertThatThrownBy(() -> object(a, "13800000001")).isInstanceOf(InvalidInput.class).hasMessageContaining("正在办理中");
        assertThatThrownBy(() -> object(campaign + "-9999", "13800000003")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("不在正在公示的名单上");

        // upheld: investigated by the office, put before the committee, whose members vote without seeing the objector
        ProcessInstance first = handling(upheld);
        assertThat(task(first)).hasDefinitionKey("UserTask_InvestigateObjection").hasCandidateGroup("office")
                .hasName("调查核实异议 " + upheld + "（针对 " + a + " 公示甲）");
        assertThat((String) tasks.getVariableLocal(task(first).getId(), PublicityProcess.OBJECTION_SUMMARY)).contains("13800000001");
        assertThatThrownBy(() -> complete(task(first), withVariables(PublicityProcess.FINDINGS, "核实属实",
                PublicityProcess.RECOMMENDATION, "maybe"))).isInstanceOf(InvalidInput.class).hasMessageContaining("办公室意见只能是");
        complete(task(first), withVariables(PublicityProcess.FINDINGS, "经核对审计报告，利润数据不实", PublicityProcess.RECOMMENDATION, "uphold"));
        // Art. 15: each member signs the undertaking before the objection and the findings open to them
        List<Task> unsigned = tasks.createTaskQuery().processInstanceId(first.getId()).taskDefinitionKey("UserTask_SignUndertaking").list();
        assertThat(unsigned).hasSizeGreaterThan(1).allSatisfy(sign -> {
            assertThat(tasks.getVariables(sign.getId()).values().toString()).doesNotContain("利润数据不实").doesNotContain("与其公开年报不一致");
            assertThat(undertakings.signed(campaign, sign.getAssignee())).isFalse();
        });
        assertThat(TestObjections.voteTasks(engine, first)).isEmpty();
        TestUndertakings.signAllIn(engine, first.getId());
        assertThat(unsigned).allSatisfy(sign -> assertThat(undertakings.find(campaign, sign.getAssignee()).orElseThrow())
                .extracting(Undertakings.Signed::textVersion, Undertakings.Signed::signedBy).containsExactly("2026-1", sign.getAssignee()));
        List<Task> votes = TestObjections.voteTasks(engine, first);
        assertThat(votes).hasSizeGreaterThan(1).allSatisfy(vote -> assertThat((String) tasks.getVariableLocal(vote.getId(),
                PublicityProcess.OBJECTION_SUMMARY)).contains("利润数据不实").doesNotContain("13800000001").doesNotContain("李四"));
        TestObjections.voteAll(engine, first, PublicityProcess.UPHOLD, "审计报告与申报数据不一致");
        assertThat(statusOf(a)).isEqualTo(ApplicationStatus.REMOVED_AFTER_OBJECTION);
        assertThat(publicities.find(campaign).orElseThrow().listed()).extracting(Publicity.Entry::applicationNumber).containsExactly(b, c);
        complete(task(first), withVariables(PublicityProcess.REPLY, "已电话告知异议成立"));
        assertThat(first).isEnded().hasPassed("Event_ObjectionUpheld", "EndEvent_ObjectionUpheld").hasNotPassed("Event_ObjectionsSettled");

        // dismissed, but still open when the period ends: publicity does not close
        ProcessInstance second = handling(dismissed);
        complete(task(second), withVariables(PublicityProcess.FINDINGS, "数据属实", PublicityProcess.RECOMMENDATION, "dismiss"));
        TestObjections.voteAll(engine, second, PublicityProcess.DISMISS, "异议缺乏依据");
        assertThat(statusOf(b)).isEqualTo(ApplicationStatus.ON_PRELIMINARY_LIST);
        new TestCampaigns(engine, jdbc).fireTimer(campaign, "Event_PublicityPeriodEnds");
        assertThat(pi).isWaitingAt("Event_ObjectionsSettled");
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.PUBLICITY_ENDED);
        assertThatThrownBy(() -> object(c, "13800000004")).isInstanceOf(InvalidInput.class).hasMessageContaining("只在公示期内受理异议");
        complete(task(second), withVariables(PublicityProcess.REPLY, "已书面答复异议不成立"));
        assertThat(second).isEnded().hasPassed("Event_ObjectionsSettled", "EndEvent_ObjectionDismissed").hasNotPassed("Event_ObjectionUpheld");
        assertThat(objections.openCount(campaign)).isZero();
        assertThat(pi).isWaitingAt("UserTask_PrepareFinalList");

        // final list: one left off with a reason for its applicant
        assertThatThrownBy(() -> complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, a + "：已撤出")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不在公示后的名单上");
        complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, c + "：按工信部意见核实，不列入"));
        assertThat(applications.find(c).orElseThrow()).extracting(Applications.Case::status, Applications.Case::statusReason)
                .containsExactly(ApplicationStatus.NOT_IN_FINAL_LIST, "按工信部意见核实，不列入");
        assertThat(statusOf(b)).as("only the case left off is told").isEqualTo(ApplicationStatus.ON_PRELIMINARY_LIST);
        assertThat(passed(pi.getId(), "Event_SendLeftOffFinalList")).isEqualTo(1);

        // CAQ returns once, then approves
        assertThat(task(pi)).hasDefinitionKey("UserTask_ApproveResults").hasCandidateGroup("caq");
        assertThat((String) runtime.getVariable(pi.getId(), AnnouncementProcess.FINAL_LIST)).contains("公示乙有限公司").doesNotContain("公示丙有限公司");
        assertThatThrownBy(() -> complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "approve")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("批准文件或会议纪要编号");
        complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "return", AnnouncementProcess.APPROVAL_COMMENT, "请核对名称"));
        assertThat(task(pi)).hasDefinitionKey("UserTask_PrepareFinalList");
        complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, null));
        complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE, "会长办公会纪要〔2018〕9号"));

        // the announcement awards the titles
        String today = TestClock.today().toString();
        assertThatThrownBy(() -> complete(task(pi), withVariables(AnnouncementProcess.CHANNELS,
                Spin.JSON(List.of("caq-website", "miit-website", "benchmark-wechat")), AnnouncementProcess.DOCUMENT_NUMBER,
                "中国质协字〔2018〕1号", AnnouncementProcess.PUBLISHED_ON, today)))
                .as("Art. 22 names the media too").isInstanceOf(InvalidInput.class).hasMessageContaining("尚未选择：相关媒体");
        assertThatThrownBy(() -> complete(task(pi), withVariables(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2018〕1号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().plusDays(1).toString())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("发布日期");
        complete(task(pi), withVariables(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2018〕1号", AnnouncementProcess.PUBLISHED_ON, today));
        assertThat(pi).isEnded().hasPassed("EndEvent_ResultsAnnounced");
        assertThat(announcements.find(campaign).orElseThrow().channels().display())
                .isEqualTo("中国质量协会网站、工信部网站、全国质量标杆微信公众号、相关媒体（中国质量报）");
        assertThat(rest.getForObject("/public/api/announcements/" + campaign, String.class))
                .contains("中国质量协会网站、工信部网站、全国质量标杆微信公众号、相关媒体（中国质量报）");
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.ANNOUNCED);
        assertThat(statusOf(b)).isEqualTo(ApplicationStatus.AWARDED);
        assertThat(passed(pi.getId(), "Event_SendLeftOffFinalList")).as("the returned list, sent again, tells nobody twice")
                .isEqualTo(2);
        assertThat(passed(applications.processOf(c).orElseThrow(), "Event_LeftOffFinalList")).isEqualTo(1);
        assertThat(passed(applications.processOf(b).orElseThrow(), "Event_ResultAnnounced")).isEqualTo(1);
        assertThat(passed(pi.getId(), "Event_SendResultAnnounced")).isEqualTo(1);
        assertThat(titles.ofCampaign(campaign)).singleElement().satisfies(title -> {
            assertThat(title.number()).isEqualTo(campaign + "-T001");
            assertThat(title.applicationNumber()).isEqualTo(b);
            assertThat(title.status()).isEqualTo(BenchmarkTitle.Status.ACTIVE);
        });
        ProcessInstance management = runtime.createProcessInstanceQuery().processDefinitionKey(TitleProcess.KEY)
                .processInstanceBusinessKey(campaign + "-T001").singleResult();
        assertThat(management).isWaitingAt("UserTask_RecordPlaque", "UserTask_ProvidePromotionVideo", "ReceiveTask_AttendExchange");
    }

    @Test
    void a_province_s_own_office_publishes_and_approves_its_results() {
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts).provincial(2016, "shandong",
                List.of("鲁标甲有限公司", "鲁标乙有限公司"), List.of("shandong-jinan", "shandong-qingdao"), TestApplications.SHANDONG_CODE);
        ProcessInstance pi = listed.campaign();
        String campaign = pi.getBusinessKey();
        assertThat(task(pi)).hasDefinitionKey("UserTask_PublishPublicity").hasCandidateGroup("office-shandong");
        // 004 §1(3)3 "网上公示": the province's own site is enough, the channels of Art. 21 are the national list's
        complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS, Spin.JSON(List.of("provincial-website")),
                PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        assertThat(publicities.find(campaign).orElseThrow().channels().display()).isEqualTo("省工业和信息化主管部门网站");
        new TestCampaigns(engine, jdbc).fireTimer(campaign, "Event_PublicityPeriodEnds");
        assertThat(pi).isWaitingAt("UserTask_PrepareFinalList");
        assertThat(task(pi)).hasCandidateGroup("office-shandong");
        complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, null));

        // the province decides its own list: its office approves, not CAQ
        assertThat(task(pi)).hasDefinitionKey("UserTask_ApproveResults").hasCandidateGroup("office-shandong");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("caq").count()).isZero();
        complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "approve",
                AnnouncementProcess.APPROVAL_REFERENCE, "鲁工信质〔2016〕3号"));
        complete(task(pi), withVariables(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "鲁工信质〔2016〕5号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
        assertThat(pi).isEnded().hasPassed("EndEvent_ResultsAnnounced");
        assertThat(titles.ofCampaign(campaign)).hasSize(2).allSatisfy(title -> {
            assertThat(title.level()).isEqualTo(CampaignLevel.PROVINCIAL);
            assertThat(title.status()).isEqualTo(BenchmarkTitle.Status.ACTIVE);
        });
        assertThat(listed.applications()).allSatisfy(application -> assertThat(statusOf(application)).isEqualTo(ApplicationStatus.AWARDED));
    }

    /**
     * Seed 002: Jiangsu's notice has no publicity ("省经信委于7月底前确定…并正式发布") and gives the decision to the
     * department while the provincial quality association runs the selection (§三, §四(四)).
     */
    @Test
    void runs_a_jiangsu_selection_without_publicity_when_chosen_at_the_start_and_lets_the_department_decide() {
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts).provincialWithoutPublicity(2014,
                "jiangsu", List.of("苏标甲有限公司", "苏标乙有限公司"), List.of("jiangsu-nanjing", "jiangsu-suzhou"), TestApplications.JIANGSU_CODE);
        ProcessInstance pi = listed.campaign();
        String campaign = pi.getBusinessKey();

        assertThat(pi).hasPassed("ServiceTask_RecordListWithoutPublicity").hasNotPassed("UserTask_PublishPublicity")
                .isWaitingAt("UserTask_PrepareFinalList");
        assertThat(task(pi)).hasCandidateGroup("office-jiangsu");
        assertThat(publicities.all()).extracting(Publicity::campaignNumber).doesNotContain(campaign);
        assertThat(rest.getForObject("/public/api/publicity", String.class)).doesNotContain(campaign);
        assertThatThrownBy(() -> object(listed.applications().get(0), "13800000021")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("不在正在公示的名单上");
        assertThat((String) runtime.getVariable(pi.getId(), "listAfterPublicity")).contains("苏标甲有限公司", "苏标乙有限公司");

        // 002 §五 "省经信委于7月底前确定…并正式发布": the campaign's own day, carried by the tasks that decide and publish
        runtime.setVariable(pi.getId(), CampaignProcess.RESULTS_DUE_BY, "2014-07-31");
        java.util.Date endOfJuly = java.util.Date.from(java.time.ZonedDateTime.of(2014, 7, 31, 17, 30, 0, 0, BeijingTime.ZONE).toInstant());
        complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, null));
        assertThat(task(pi)).hasDefinitionKey("UserTask_ApproveResults").hasCandidateGroup("approver-jiangsu").hasDueDate(endOfJuly);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("office-jiangsu").count()).isZero();
        complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "approve",
                AnnouncementProcess.APPROVAL_REFERENCE, "苏工信科技〔2014〕1号"));
        assertThat(task(pi)).hasDefinitionKey("UserTask_PublishAnnouncement").hasDueDate(endOfJuly);
        complete(task(pi), withVariables(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "苏工信科技〔2014〕2号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
        assertThat(pi).isEnded().hasPassed("EndEvent_ResultsAnnounced");
        assertThat(titles.ofCampaign(campaign)).hasSize(2).allSatisfy(title -> assertThat(title.level()).isEqualTo(CampaignLevel.PROVINCIAL));
    }

    @Test
    void holds_a_publicity_reaching_a_year_without_its_arrangement_at_a_task_naming_the_year_and_publishes_once_it_is_added() {
        int missing = TestCalendarYears.firstMissingAfter(arrangements, TestClock.TODAY.getYear());
        TestClock.moveTo(LocalDate.of(missing - 1, 12, 21));
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts).national(2027, List.of("跨年甲有限公司"));
        ProcessInstance pi = listed.campaign();
        String campaign = pi.getBusinessKey();
        LocalDate start = TestPreliminaryLists.publicityStart(arrangements);

        // published in late December: ten working days end in a year the calendar does not know
        complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start.toString()));
        assertThat(pi).isWaitingAt("UserTask_AwaitCalendarYear");
        assertThat(task(pi)).hasName("补充 " + missing + " 年节假日安排后发布公示 2027年全国质量标杆遴选")
                .hasCandidateGroup("office").hasCandidateGroup("camunda-admin");
        assertThat(runtime.getVariable(pi.getId(), PublicityProcess.MISSING_CALENDAR_YEAR)).isEqualTo(missing);
        assertThat(publicities.find(campaign)).isEmpty();
        assertThat(campaigns.status(campaign)).hasValueSatisfying(status -> assertThat(status).isNotEqualTo(CampaignStatus.PUBLICITY));

        // the office retries before the year is there: it waits again, still naming the year
        complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start.toString()));
        assertThat(pi).isWaitingAt("UserTask_AwaitCalendarYear");
        assertThat(publicities.find(campaign)).isEmpty();

        // three days later the administrator adds the year: publication goes on by itself from the first working day
        TestClock.moveTo(start.plusDays(3));
        new TestCalendarYears(rest).add(missing);
        assertThat(pi).isWaitingAt("BoundaryEvent_CalendarYearAdded");
        TestCalendarYears.runResumedPublications(engine, pi);
        assertThat(pi).isWaitingAt("Event_PublicityPeriodEnds");
        LocalDate resumedStart = TestCalendarYears.firstWorkingDay(arrangements, start.plusDays(3));
        Publicity publicity = publicities.find(campaign).orElseThrow();
        assertThat(publicity.startsOn()).isEqualTo(resumedStart);
        assertThat(publicity.endsOn()).isEqualTo(arrangements.calendar().period(resumedStart, 10).end()).hasYear(missing);
        assertThat(runtime.getVariable(pi.getId(), PublicityProcess.MISSING_CALENDAR_YEAR)).isNull();
        assertThat(campaigns.status(campaign)).contains(CampaignStatus.PUBLICITY);
    }
}
