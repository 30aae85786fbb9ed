package org.caq.benchmark.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * benchmark-exchange (Art. 5, 23): an office records an exchange activity with the titles it invites and, after it,
 * who attended; an attending national holder's duty is met in its title's case.
 */
@BenchmarkSpringTest
class ExchangeProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired ExchangeActivities activities;

    TestTitles fixture;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fixture = new TestTitles(engine, jdbc, store, accounts, arrangements, titles);
    }

    private Map<String, Object> activity(String directory, String invited) {
        Map<String, Object> form = new HashMap<>(Map.of(TitleProcess.EXCHANGE_DIRECTORY, directory,
                TitleProcess.EXCHANGE_NAME, "质量标杆经验交流活动", TitleProcess.EXCHANGE_HELD_ON, TestClock.today().toString(),
                TitleProcess.EXCHANGE_PLACE, "线上，标杆经验分享"));
        if (invited != null) {
            form.put(TitleProcess.EXCHANGE_INVITED, invited);
        }
        return form;
    }

    @Test
    void records_a_national_activity_and_meets_the_duty_of_the_holder_who_attended_but_not_of_those_who_did_not() {
        String attended = fixture.national(7);
        String excused = fixture.national(8);
        ProcessInstance pi = runtime.startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, activity("national", attended + "\n" + excused));
        String number = pi.getBusinessKey();
        assertThat(number).startsWith(TestClock.today().getYear() + "-national-J");
        assertThat(task(pi)).hasDefinitionKey("UserTask_RecordAttendance").hasCandidateGroup("office")
                .hasDueDate(BeijingTime.endOf(TestClock.today().plusDays(7)));

        assertThatThrownBy(() -> complete(task(pi), withVariables(TitleProcess.EXCHANGE_ATTENDANCE, attended + "：出席")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("缺少称号 " + excused);
        assertThatThrownBy(() -> complete(task(pi), withVariables(TitleProcess.EXCHANGE_ATTENDANCE, attended + "：出席\n" + excused + "：请假")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("称号编号：请假：理由");
        assertThatThrownBy(() -> complete(task(pi), withVariables(TitleProcess.EXCHANGE_ATTENDANCE,
                attended + "：出席\n2017-national-T001：出席")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不在本次活动的受邀名单上");
        complete(task(pi), withVariables(TitleProcess.EXCHANGE_ATTENDANCE, attended + "：出席\n" + excused + "：请假：同期接受质量监督抽查"));

        assertThat(pi).isEnded().hasPassed("EndEvent_AttendanceRecorded");
        assertThat(activities.find(number).orElseThrow().invitations()).extracting(ExchangeActivity.Invitation::titleNumber,
                ExchangeActivity.Invitation::attendance, ExchangeActivity.Invitation::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(attended, Attendance.ATTENDED, null),
                org.assertj.core.groups.Tuple.tuple(excused, Attendance.EXCUSED, "同期接受质量监督抽查"));
        assertThat(activities.attendanceOf(attended)).singleElement().asString().endsWith("质量标杆经验交流活动：出席");
        assertThat(fixture.management(attended)).hasPassed("ReceiveTask_AttendExchange");
        assertThat(fixture.management(excused)).isWaitingAt("ReceiveTask_AttendExchange");
    }

    @Test
    void invites_every_title_in_force_of_the_office_s_own_level_and_refuses_another_level_s_titles_and_offices() {
        String jiangsuTitle = fixture.jiangsu(3);
        String national = fixture.national(8);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, activity("jiangsu", national)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不是本级有效的质量标杆称号");
        engine.getIdentityService().setAuthentication("jiangsu-office", List.of("office-jiangsu"));
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, activity("national", national)))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("您只能登记本级（本省）举办的经验交流活动");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Map<String, Object> tooLate = activity("jiangsu", null);
        tooLate.put(TitleProcess.EXCHANGE_HELD_ON, TestClock.today().plusYears(2).toString());
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, tooLate))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("举办日期须在前后一年之内");

        ProcessInstance pi = runtime.startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, activity("jiangsu", null));
        assertThat(task(pi)).hasCandidateGroup("office-jiangsu");
        List<String> invited = activities.find(pi.getBusinessKey()).orElseThrow().invitations().stream()
                .map(ExchangeActivity.Invitation::titleNumber).toList();
        assertThat(invited).contains(jiangsuTitle).allSatisfy(title -> assertThat(title).contains("-jiangsu-T"));
        assertThat(invited).allSatisfy(title -> assertThat(titles.find(title).orElseThrow().status()).isEqualTo(BenchmarkTitle.Status.ACTIVE));
        complete(task(pi), withVariables(TitleProcess.EXCHANGE_ATTENDANCE,
                invited.stream().map(title -> title + "：缺席").collect(Collectors.joining("\n"))));
        assertThat(activities.find(pi.getBusinessKey()).orElseThrow().invitations())
                .allSatisfy(invitation -> assertThat(invitation.attendance()).isEqualTo(Attendance.ABSENT));
    }

    @Test
    void refuses_to_record_attendance_before_the_activity_is_held() {
        String title = fixture.national(8);
        Map<String, Object> form = activity("national", title);
        form.put(TitleProcess.EXCHANGE_HELD_ON, TestClock.today().plusDays(3).toString());
        ProcessInstance pi = runtime.startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, form);
        assertThatThrownBy(() -> complete(task(pi), withVariables(TitleProcess.EXCHANGE_ATTENDANCE, title + "：出席")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("请在活动举行后登记出席情况");
        assertThat(fixture.management(title)).isWaitingAt("ReceiveTask_AttendExchange");
    }
}
