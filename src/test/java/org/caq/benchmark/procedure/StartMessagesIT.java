package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.recommendation.Nominations;
import org.caq.benchmark.title.BenchmarkTitle;
import org.caq.benchmark.title.Titles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two starts that Java made unseen (decision 0083), drawn on both sides: the campaign's throw event
 * 启动各称号的管理：授予称号 starts each title's case at its message start 授予称号, the nomination's end event
 * 提交全国申报：依推荐申报 starts the holder's application at its message start 依推荐申报. A campaign or nomination left on
 * the version before (src/test/resources/models-before-0083) is started from its step as before; title and application
 * cases move between the versions by the guide's generated plan (no case waits at a start event). Campaigns of this test:
 * Jiangsu 2012 and Shandong 2017 (their titles, announced on the run's day); Jiangsu's titles nominated to the national
 * 2016 selection on 2016-06-02 (today's nomination) and to the national 2014 selection on 2014-06-02 (the one before).
 */
@BenchmarkSpringTest
class StartMessagesIT {

    /** National selections no other integration test opens (the demo's is last year's, 2025). */
    private static final int NATIONAL_YEAR = 2016;
    private static final int NATIONAL_YEAR_BEFORE = 2014;
    private static final String JIANGSU = "2012-jiangsu";
    private static final String SHANDONG = "2017-shandong";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired Applications applications;
    @Autowired Nominations nominations;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    private static ModelVersions versions;

    @BeforeEach
    void versionsAndTitles() {
        if (versions == null) {
            Map<String, String> before = ModelVersions.deployAsIs(rest, "models-before-0083", "src/test/resources/models-before-0083");
            Map<String, String> today = ModelVersions.deployAsIs(rest, "models-today", "processes");
            versions = ModelVersions.of(rest, runtime, before, today);
        }
        if (titles.ofCampaign(JIANGSU).isEmpty()) {
            announceJiangsuOnTodaysVersion();
        }
        if (titles.ofCampaign(SHANDONG).isEmpty()) {
            announceShandongOnTheVersionBefore();
        }
    }

    @Test
    void starts_each_announced_title_s_case_at_its_message_start_from_the_campaign_s_throw_event() {
        String campaign = campaignInstance(JIANGSU);
        assertThat(passed(campaign, CampaignProcess.EVENT_SEND_TITLE_AWARDED)).isOne();

        List<BenchmarkTitle> awarded = titles.ofCampaign(JIANGSU);
        assertThat(awarded).hasSize(2);
        for (BenchmarkTitle title : awarded) {
            String instance = titleCase(title.number());
            assertThat(passed(instance, "StartEvent_TitleAwarded")).as(title.number()).isOne();
            assertThat(claimedBy(title.number())).as("the title's claim").isEqualTo(instance);
            assertThat(applications.find(title.applicationNumber()).orElseThrow().status()).isEqualTo(ApplicationStatus.AWARDED);
        }
        // the start event changed kind, no case waits at it: a title's case moves between the versions by the guide's plan
        String moved = titleCase(awarded.get(1).number());
        versions.toOld(moved, TitleProcess.KEY);
        versions.toNew(moved, TitleProcess.KEY);
        assertThat(definitionOf(moved)).isEqualTo(versions.newId(TitleProcess.KEY));
    }

    @Test
    void starts_the_titles_cases_from_the_step_for_a_campaign_left_on_the_version_before_the_throw_event() {
        String campaign = campaignInstance(SHANDONG);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaign).singleResult()
                .getProcessDefinitionId()).isEqualTo(versions.oldId(CampaignProcess.KEY));
        assertThat(passed(campaign, CampaignProcess.EVENT_SEND_TITLE_AWARDED)).as("the old version has no throw event").isZero();

        BenchmarkTitle title = titles.ofCampaign(SHANDONG).get(0);
        String instance = titleCase(title.number());
        assertThat(passed(instance, "StartEvent_TitleAwarded")).isOne();
        assertThat(claimedBy(title.number())).isEqualTo(instance);
    }

    @Test
    void starts_the_nominated_holder_s_application_at_its_message_start_from_the_nomination_s_end_event() {
        BenchmarkTitle title = titles.find(JIANGSU + "-T001").orElseThrow();
        ProcessInstance nomination = nominated(NATIONAL_YEAR, title.number());
        assertThat(definitionOf(nomination.getId())).isEqualTo(versions.newId(NominationProcess.KEY));
        Task apply = tasks.createTaskQuery().processInstanceId(nomination.getId()).singleResult();
        assertThat(apply.getTaskDefinitionKey()).isEqualTo("UserTask_ApplyFromNomination");

        as(title.holderUser(), () -> tasks.complete(apply.getId(), Map.of(ApplicationProcess.CONTACT_PHONE, "025-88886666")));

        String number = nominations.applicationOf(nomination.getBusinessKey(), title.number()).orElseThrow();
        assertThat(number).startsWith(NATIONAL_YEAR + "-national-");
        Applications.Case made = applications.find(number).orElseThrow();
        assertThat(made.applicantUser()).isEqualTo(title.holderUser());
        assertThat(made.recommendingUnit()).isEqualTo("jiangsu");
        assertThat(made.application().benchmarkName()).isEqualTo(title.benchmarkName());
        String application = applications.processOf(number).orElseThrow();
        assertThat(passed(application, "StartEvent_AppliedFromNomination")).isOne();
        assertThat(passed(application, "StartEvent_ApplicationSubmitted")).isZero();
        assertThat(passed(nomination.getId(), "EndEvent_AppliedFromNomination")).isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(nomination.getId()).count()).as("the nomination ends").isZero();
        // the message start beside 提交申报 is no wait state: the case moves between the versions by the guide's plan
        versions.toOld(application, ApplicationProcess.KEY);
        versions.toNew(application, ApplicationProcess.KEY);
        assertThat(definitionOf(application)).isEqualTo(versions.newId(ApplicationProcess.KEY));
        assertThat(tasks.createTaskQuery().processInstanceId(application).singleResult().getTaskDefinitionKey())
                .isEqualTo(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION);
    }

    @Test
    void starts_the_application_from_the_holder_s_task_for_a_nomination_left_on_the_version_before_the_end_event() {
        BenchmarkTitle title = titles.find(JIANGSU + "-T002").orElseThrow();
        ProcessInstance nomination = nominatedOnTheVersionBefore(NATIONAL_YEAR_BEFORE, title.number());
        Task apply = tasks.createTaskQuery().processInstanceId(nomination.getId()).singleResult();
        assertThat(apply.getTaskDefinitionKey()).isEqualTo("UserTask_ApplyFromNomination");
        long applicationsBefore = jdbc.sql("select count(*) from application").query(Long.class).single();

        assertThatThrownBy(() -> as(title.holderUser(), () -> tasks.complete(apply.getId(),
                Map.of(ApplicationProcess.PROFIT_YEAR_2, -5))))
                .as("refused by the listener, which the engine wraps").hasRootCauseInstanceOf(InvalidInput.class)
                .hasMessageContaining("须近三年连续保持盈利");
        assertThat(jdbc.sql("select count(*) from application").query(Long.class).single()).isEqualTo(applicationsBefore);
        assertThat(nominations.applicationOf(nomination.getBusinessKey(), title.number())).isEmpty();
        as(title.holderUser(), () -> tasks.complete(apply.getId(), Map.of(ApplicationProcess.CONTACT_PHONE, "025-88886666")));

        String number = nominations.applicationOf(nomination.getBusinessKey(), title.number()).orElseThrow();
        assertThat(number).startsWith(NATIONAL_YEAR_BEFORE + "-national-");
        assertThat(applications.find(number).orElseThrow().applicantUser()).isEqualTo(title.holderUser());
        assertThat(passed(applications.processOf(number).orElseThrow(), "StartEvent_AppliedFromNomination")).isOne();
        assertThat(passed(nomination.getId(), "EndEvent_AppliedFromNomination")).as("the old version has no end event").isZero();
        assertThat(passed(nomination.getId(), "EndEvent_Applied")).isOne();
    }

    /** A process with a message start beside its none start: Tasklist still offers the none start's form. */
    @Test
    void offers_the_application_s_start_form_in_tasklist_as_before() {
        ResponseEntity<String> form = rest.withBasicAuth("applicant1", "demo")
                .getForEntity("/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/startForm", String.class);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        assertThat(form.getBody()).contains("\"camundaFormRef\"").contains("\"key\":\"application-start\"");
        ResponseEntity<String> deployed = rest.withBasicAuth("applicant1", "demo")
                .getForEntity("/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/deployed-start-form", String.class);
        assertThat(deployed.getStatusCode().value()).isEqualTo(200);
        assertThat(deployed.getBody()).contains("\"id\"").contains("application-start");

        WebSession tasklist = new WebSession(port);
        tasklist.login("tasklist", "applicant1", "demo");
        var startable = tasklist.get("/camunda/api/engine/engine/default/process-definition?latest=true&active=true"
                + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=50");
        assertThat(startable.statusCode()).isEqualTo(200);
        assertThat(startable.body()).contains("\"key\":\"" + ApplicationProcess.KEY + "\"").doesNotContain("\"key\":\"" + TitleProcess.KEY + "\"");
        var key = tasklist.get("/camunda/api/engine/engine/default/process-definition/key/" + ApplicationProcess.KEY + "/startForm");
        assertThat(key.body()).contains("application-start");
    }

    /** Jiangsu 2012 without publicity (seed 002), its two titles awarded on today's version. */
    private void announceJiangsuOnTodaysVersion() {
        String campaign = new TestPreliminaryLists(engine, jdbc, store, accounts).provincialWithoutPublicity(2012, "jiangsu",
                List.of("授予甲精工有限公司", "授予乙精工有限公司"), List.of("jiangsu-nanjing"), TestApplications.JIANGSU_CODE).campaign().getId();
        assertThat(definitionOf(campaign)).isEqualTo(versions.newId(CampaignProcess.KEY));
        approveAndAnnounce(campaign, "苏工信科技〔2012〕");
    }

    /** Shandong 2017, publicised, then moved to the version before decision 0083 and announced there. */
    private void announceShandongOnTheVersionBefore() {
        String campaign = new TestPreliminaryLists(engine, jdbc, store, accounts).provincial(2017, "shandong",
                List.of("旧版授予有限公司"), List.of("shandong-jinan"), TestApplications.SHANDONG_CODE).campaign().getId();
        complete(campaign, Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS,
                PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        new TestCampaigns(engine, jdbc).fireTimer(SHANDONG, "Event_PublicityPeriodEnds");
        // the version before 0083 is also the one before the phases (0082): out of them by the same-id plan
        ModelVersions.moveBySameIds(runtime, versions.newId(CampaignProcess.KEY), versions.oldId(CampaignProcess.KEY),
                "docs/migration/benchmark-campaign-phases-0082.json", campaign);
        assertThat(definitionOf(campaign)).isEqualTo(versions.oldId(CampaignProcess.KEY));
        approveAndAnnounce(campaign, "鲁工信科〔2017〕");
    }

    private void approveAndAnnounce(String campaign, String reference) {
        complete(campaign, Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        complete(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, AnnouncementProcess.APPROVE,
                AnnouncementProcess.APPROVAL_REFERENCE, reference + "1号"));
        complete(campaign, Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, reference + "2号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
    }

    /** The unit's nomination to the national selection, on today's version, its title chosen: waiting for the holder. */
    private ProcessInstance nominated(int nationalYear, String title) {
        ProcessInstance nomination = opened(nationalYear);
        tasks.complete(tasks.createTaskQuery().processInstanceId(nomination.getId()).singleResult().getId(),
                Map.of(NominationProcess.NOMINATED, title));
        return nomination;
    }

    /**
     * As above, on the version before decision 0083: there, while the unit chooses, the guide's generated plan moves it
     * to today's version and back (same ids, same scopes); once the holder's task waits, outside today's sub-process, the
     * engine refuses to move it, and it finishes on its version.
     */
    private ProcessInstance nominatedOnTheVersionBefore(int nationalYear, String title) {
        ProcessInstance nomination = opened(nationalYear);
        versions.toOld(nomination.getId(), NominationProcess.KEY);
        versions.toNew(nomination.getId(), NominationProcess.KEY);
        assertThat(definitionOf(nomination.getId())).isEqualTo(versions.newId(NominationProcess.KEY));
        versions.toOld(nomination.getId(), NominationProcess.KEY);
        assertThat(definitionOf(nomination.getId())).isEqualTo(versions.oldId(NominationProcess.KEY));
        tasks.complete(tasks.createTaskQuery().processInstanceId(nomination.getId()).singleResult().getId(),
                Map.of(NominationProcess.NOMINATED, title));
        assertThat(versions.toNewRefused(nomination.getId(), NominationProcess.KEY)).contains("ENGINE-23004");
        return nomination;
    }

    /** Jiangsu's nomination to the national selection of the year, opened on 2 June of that year. */
    private ProcessInstance opened(int nationalYear) {
        TestClock.moveTo(LocalDate.of(nationalYear, 6, 2));
        new TestCampaigns(engine, jdbc).openNational(nationalYear, null);
        engine.getIdentityService().setAuthentication("jiangsu", List.of("unit-jiangsu"));
        try {
            return runtime.startProcessInstanceByKey(NominationProcess.KEY, Map.of(NominationProcess.UNIT, "jiangsu",
                    NominationProcess.CHOOSE_BY, TestClock.today().plusDays(5).toString(),
                    NominationProcess.APPLY_BY, TestClock.today().plusDays(10).toString()));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void as(String user, Runnable action) {
        engine.getIdentityService().setAuthentication(user, List.of("applicant"));
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private String titleCase(String number) {
        List<String> instances = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(TitleProcess.KEY)
                .processInstanceBusinessKey(number).list().stream().map(pi -> pi.getId()).toList();
        assertThat(instances).as("one case per title").hasSize(1);
        return instances.get(0);
    }

    private String claimedBy(String title) {
        return jdbc.sql("select process_instance_id from benchmark_title where number = ?").param(title).query(String.class).single();
    }

    private String campaignInstance(String number) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
                .processInstanceBusinessKey(number).singleResult().getId();
    }

    private long passed(String processInstance, String activity) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstance)
                .activityId(activity).count();
    }

    private String definitionOf(String processInstance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstance).singleResult()
                .getProcessDefinitionId();
    }

    private void complete(String processInstance, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId(), variables);
    }
}
