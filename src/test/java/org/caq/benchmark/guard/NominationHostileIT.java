package org.caq.benchmark.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caq.benchmark.guard.EngineRest.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplicants;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.recommendation.Nominations;
import org.caq.benchmark.title.Titles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nomination of provincial titles to the national selection (decision 0051) attacked through /engine-rest as the
 * demo roles and the holders' own accounts would: a start by the wrong people or for the wrong unit, the province's
 * choice made by someone else or beyond Shandong's 1-2 per city, a holder's application made by another applicant.
 * Each is refused with its Chinese message and nothing written anywhere, as is the holder's own completion that breaks a
 * rule of a national application or comes after the day set; the apply-by timer ends the case.
 * Shandong's titles come from its 2016 selection (three enterprises of Jinan), nominated to the 2024 national campaign
 * on 2024-06-02 (before 004's 6-26 and 7-5 of that year); no holder applies, so the shared campaign gets no application.
 */
@BenchmarkSpringTest
class NominationHostileIT {

    /** The run's shared national campaign; Jiangsu's nomination to it is MigrationIT's, Shandong's is this test's. */
    private static final int NATIONAL_YEAR = 2024;
    private static final String SHANDONG = "2016-shandong";
    private static final String START = "/process-definition/key/" + NominationProcess.KEY + "/submit-form";

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired Nominations nominations;
    @Autowired TestRestTemplate template;

    @BeforeEach
    void shandongTitlesAndANationalCampaign() {
        if (titles.ofCampaign(SHANDONG).isEmpty()) {
            announceShandong();
        }
        TestClock.moveTo(java.time.LocalDate.of(NATIONAL_YEAR, 6, 2));
        new TestCampaigns(engine, jdbc).openNational(NATIONAL_YEAR, null);
    }

    @Test
    void refuses_a_start_by_another_province_s_unit_an_applicant_an_expert_or_for_a_forged_unit_and_writes_nothing() {
        refused(post("jiangsu", START, start("shandong")), HttpStatus.BAD_REQUEST,
                "只有山东省工业和信息化厅可以从山东省质量标杆中推荐申报全国质量标杆");
        refused(post("applicant1", START, start("shandong")), HttpStatus.FORBIDDEN, "没有权限");
        refused(post("expert1", START, start("shandong")), HttpStatus.FORBIDDEN, "没有权限");
        refused(post("office", START, start("shandong")), HttpStatus.FORBIDDEN, "没有权限");
        refused(post("shandong", START, start("jiangsu")), HttpStatus.BAD_REQUEST,
                "只有江苏省工业和信息化厅可以从江苏省质量标杆中推荐申报全国质量标杆");
        refused(post("shandong", START, start("national")), HttpStatus.BAD_REQUEST, "推荐单位");
        refused(post("shandong", START, start("hebei")), HttpStatus.BAD_REQUEST, "推荐单位");
    }

    @Test
    void lets_only_shandong_s_unit_choose_two_per_city_and_only_each_holder_apply_until_the_timer_ends_the_case() {
        String number = NATIONAL_YEAR + "-national-shandong-tj";
        assertThat(nominations.find(number)).as("opened once, by this test").isEmpty();
        ResponseEntity<String> opened = post("shandong", START, start("shandong"));
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.OK);
        refused(post("shandong", START, start("shandong")), HttpStatus.BAD_REQUEST, "不能重复开启");

        Task choose = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        String all = SHANDONG + "-T001\n" + SHANDONG + "-T002\n" + SHANDONG + "-T003";
        refused(complete("jiangsu", choose, Map.of(NominationProcess.NOMINATED, value(all))), HttpStatus.FORBIDDEN, "没有权限");
        refused(complete("applicant1", choose, Map.of(NominationProcess.NOMINATED, value(all))), HttpStatus.FORBIDDEN, "没有权限");
        refused(complete("shandong", choose, Map.of(NominationProcess.NOMINATED, value(all))), HttpStatus.BAD_REQUEST,
                "济南市工业和信息化局推荐的称号选择了 3 项：按本省通知，每个市从往年的省级质量标杆中择优推荐 1—2 项");
        refused(complete("shandong", choose, Map.of(NominationProcess.NOMINATED, value(SHANDONG + "-T001\n2017-national-T001"))),
                HttpStatus.BAD_REQUEST, "称号 2017-national-T001 不是山东省质量标杆的有效称号");
        ResponseEntity<String> chosen = complete("shandong", choose,
                Map.of(NominationProcess.NOMINATED, value(SHANDONG + "-T001\n" + SHANDONG + "-T002")));
        assertThat(chosen.getStatusCode()).as(chosen.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        String first = titles.find(SHANDONG + "-T001").orElseThrow().holderUser();
        String second = titles.find(SHANDONG + "-T002").orElseThrow().holderUser();
        Task firstApply = applyTaskOf(number, first);
        Task secondApply = applyTaskOf(number, second);
        refused(complete(second, firstApply, Map.of()), HttpStatus.FORBIDDEN, "没有权限");
        refused(complete("applicant2", firstApply, Map.of()), HttpStatus.FORBIDDEN, "没有权限");
        refused(complete("shandong", firstApply, Map.of()), HttpStatus.FORBIDDEN, "没有权限");
        refused(complete(first, secondApply, Map.of(ApplicationProcess.CONTACT_PHONE, value("0531-88886666"))),
                HttpStatus.FORBIDDEN, "没有权限");
        // the holder's own completion, refused by the national application's rules at the nomination's end event
        // 提交全国申报：依推荐申报 (decision 0083): in the same transaction, with the reasons, nothing written
        refused(complete(first, firstApply, Map.of(ApplicationProcess.PROFIT_YEAR_1, value(-20),
                ApplicationProcess.BENCHMARK_NAME, value("鲁称甲有限公司"))), HttpStatus.BAD_REQUEST, "须近三年连续保持盈利");
        refused(complete(first, firstApply, Map.of(ApplicationProcess.BENCHMARK_NAME, value("鲁称甲有限公司"))),
                HttpStatus.BAD_REQUEST, "经验");
        java.time.LocalDate today = TestClock.today();
        TestClock.moveTo(today.plusDays(9));
        try {
            refused(complete(first, firstApply, Map.of(ApplicationProcess.CONTACT_PHONE, value("0531-88886666"))),
                    HttpStatus.BAD_REQUEST, "依推荐申报全国质量标杆的截止日期 " + today.plusDays(8) + " 已过，不能再提交。");
        } finally {
            TestClock.moveTo(today);
        }
        assertThat(tasks.createTaskQuery().taskId(firstApply.getId()).count()).as("the holder's task stays open").isOne();

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(secondApply.getProcessInstanceId())
                .activityId("BoundaryEvent_ApplyPeriodEnds").singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(secondApply.getProcessInstanceId()).count()).as("the apply-by day ended the case").isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(secondApply.getProcessInstanceId()).activityId("EndEvent_ApplyPeriodOver").count()).isEqualTo(1);
        assertThat(nominations.applicationOf(number, SHANDONG + "-T001")).isEmpty();
        assertThat(nominations.applicationOf(number, SHANDONG + "-T002")).isEmpty();
    }

    private Task applyTaskOf(String number, String holder) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskAssignee(holder).singleResult();
    }

    private Map<String, Object> start(String unit) {
        return Map.of("variables", Map.of(NominationProcess.UNIT, value(unit),
                NominationProcess.CHOOSE_BY, value(TestClock.today().plusDays(3).toString()),
                NominationProcess.APPLY_BY, value(TestClock.today().plusDays(8).toString())));
    }

    private ResponseEntity<String> complete(String user, Task task, Map<String, Object> variables) {
        return post(user, "/task/" + task.getId() + "/complete", Map.of("variables", variables));
    }

    /** Refused with the status and a Chinese message saying why, and nothing written anywhere in the database. */
    private void refused(ResponseEntity<String> answer, HttpStatus status, String message) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getBody()).contains(message);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String password = user.startsWith("t-") ? TestApplicants.PASSWORD : EngineRest.password(user);
        ResponseEntity<String> answer = template.withBasicAuth(user, password).exchange("/engine-rest" + path, HttpMethod.POST,
                new HttpEntity<>(EngineRest.json(body), headers), String.class);
        if (!answer.getStatusCode().is2xxSuccessful()) {
            assertThat(DatabaseSnapshot.take(dataSource)).as("nothing written by the refused " + path + " of " + user)
                    .isEqualTo(before);
        }
        return answer;
    }

    /** Shandong's 2016 selection: three Jinan enterprises publicised without objection, approved and announced. */
    private void announceShandong() {
        String campaign = new TestPreliminaryLists(engine, jdbc, store, accounts).provincial(2016, "shandong",
                List.of("鲁称甲有限公司", "鲁称乙有限公司", "鲁称丙有限公司"), List.of("shandong-jinan"), TestApplications.SHANDONG_CODE)
                .campaign().getId();
        completeOnly(campaign, Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        new TestCampaigns(engine, jdbc).fireTimer(SHANDONG, "Event_PublicityPeriodEnds");
        completeOnly(campaign, Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        completeOnly(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, AnnouncementProcess.APPROVE,
                AnnouncementProcess.APPROVAL_REFERENCE, "鲁工信科〔2016〕1号"));
        completeOnly(campaign, Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "鲁工信科〔2016〕2号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
    }

    private void completeOnly(String instance, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), new HashMap<>(variables));
    }
}
