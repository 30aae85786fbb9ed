package org.caq.benchmark.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * benchmark-title, one path a test: a national title's plaque, three-part video and exchange activity (Art. 23; seed
 * 001 annex 3 §1(4)); a provincial title's plaque alone; every overdue duty escalated to the office.
 */
@BenchmarkSpringTest
class TitleProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired TitleDuties duties;
    @Autowired TestRestTemplate rest;

    TestTitles fixture;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fixture = new TestTitles(engine, jdbc, store, accounts, arrangements, titles);
    }

    private Task taskAt(ProcessInstance pi, String activity) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).singleResult();
    }

    private void fireTimer(ProcessInstance pi, String boundaryEvent) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(boundaryEvent).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private void attend(String title) {
        ProcessInstance activity = engine.getRuntimeService().startProcessInstanceByKey(TitleProcess.EXCHANGE_KEY, Map.of(
                TitleProcess.EXCHANGE_DIRECTORY, "national", TitleProcess.EXCHANGE_NAME, "全国质量标杆经验交流活动（第一期）",
                TitleProcess.EXCHANGE_HELD_ON, TestClock.today().toString(), TitleProcess.EXCHANGE_PLACE, "北京，标杆经验分享",
                TitleProcess.EXCHANGE_INVITED, title));
        complete(taskQuery().processInstanceId(activity.getId()).singleResult(),
                withVariables(TitleProcess.EXCHANGE_ATTENDANCE, title + "：出席"));
    }

    @Test
    void ends_a_national_title_s_duties_once_the_plaque_the_three_part_video_and_an_exchange_activity_are_recorded() {
        String title = fixture.national(1);
        ProcessInstance pi = fixture.management(title);
        LocalDate today = TestClock.today();
        assertThat(pi).isWaitingAt("UserTask_RecordPlaque", "UserTask_ProvidePromotionVideo", "ReceiveTask_AttendExchange");
        assertThat(taskAt(pi, "UserTask_RecordPlaque")).hasCandidateGroup("office").hasDueDate(BeijingTime.endOf(today.plusDays(90)));
        String holder = titles.find(title).orElseThrow().holderUser();
        assertThat(taskAt(pi, "UserTask_ProvidePromotionVideo")).isAssignedTo(holder).hasDueDate(BeijingTime.endOf(today.plusDays(60)));

        assertThatThrownBy(() -> complete(taskAt(pi, "UserTask_RecordPlaque"), withVariables(TitleProcess.PLAQUE_NUMBER,
                "ZLBG-2017-001", TitleProcess.PLAQUE_AWARDED_ON, today.minusDays(1).toString())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("授牌日期须在公告发布日");
        complete(taskAt(pi, "UserTask_RecordPlaque"), withVariables(TitleProcess.PLAQUE_NUMBER, "ZLBG-2017-001",
                TitleProcess.PLAQUE_AWARDED_ON, today.toString()));
        complete(taskAt(pi, "UserTask_ProvidePromotionVideo"), TestTitles.video("https://video.example.cn/t1.mp4", 1, 28, 1));
        assertThat(pi).isWaitingAt("ReceiveTask_AttendExchange").hasNotPassed("EndEvent_TitleInManagement");

        attend(title);
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordPromotionVideo", "ReceiveTask_AttendExchange", "EndEvent_TitleInManagement");
        BenchmarkTitle recorded = titles.find(title).orElseThrow();
        assertThat(recorded.plaqueNumber()).isEqualTo("ZLBG-2017-001");
        assertThat(recorded.videoUrl()).isEqualTo("https://video.example.cn/t1.mp4");
        assertThat(recorded.videoParts()).containsExactly(1, 28, 1);
        assertThat(recorded.exchangeConfirmed()).isTrue();
        assertThat(rest.getForObject("/public/api/registry?year=" + recorded.year(), String.class))
                .contains("\"titleNumber\":\"" + title + "\"")
                .contains("\"videoUrl\":\"https://video.example.cn/t1.mp4\",\"videoParts\":[1,28,1]");
    }

    @Test
    void refuses_a_video_whose_parts_are_not_one_twenty_eight_and_one_minutes_or_whose_structure_or_commitment_is_not_confirmed() {
        ProcessInstance pi = fixture.management(fixture.national(2));
        Task video = taskAt(pi, "UserTask_ProvidePromotionVideo");

        assertThatThrownBy(() -> complete(video, TestTitles.video("https://video.example.cn/t2.mp4", 2, 27, 1)))
                .as("thirty minutes, but not in the notice's parts").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("第一部分（包含演讲者图像的录像）须为 1 分钟（当前值：2）");
        assertThatThrownBy(() -> complete(video, TestTitles.video("https://video.example.cn/t2.mp4", 1, 40, 1)))
                .as("over thirty minutes").isInstanceOf(InvalidInput.class).hasMessageContaining("第二部分（PPT 画面和音频的经验介绍演示）须为 28 分钟");
        assertThatThrownBy(() -> complete(video, TestTitles.video("https://video.example.cn/t2.mp4", 1, 28, 0)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("第三部分（企业产品或品牌形象展示）须为 1 分钟");
        assertThatThrownBy(() -> complete(video, TestTitles.video("javascript:alert(1)", 1, 28, 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须以 http:// 或 https:// 开头");
        Map<String, Object> unconfirmed = new HashMap<>(TestTitles.video("https://video.example.cn/t2.mp4", 1, 28, 1));
        unconfirmed.put(TitleProcess.VIDEO_STRUCTURE_CONFIRMED, false);
        assertThatThrownBy(() -> complete(video, unconfirmed)).isInstanceOf(InvalidInput.class).hasMessageContaining("请确认视频按三部分录制");
        Map<String, Object> uncommitted = new HashMap<>(TestTitles.video("https://video.example.cn/t2.mp4", 1, 28, 1));
        uncommitted.put(TitleProcess.EXCHANGE_CONFIRMED, false);
        assertThatThrownBy(() -> complete(video, uncommitted)).isInstanceOf(InvalidInput.class).hasMessageContaining("经验交流活动（第二十三条）");

        assertThat(pi).isWaitingAt("UserTask_ProvidePromotionVideo");
        assertThat(titles.find(fixture.national(2)).orElseThrow()).extracting(BenchmarkTitle::videoUrl, BenchmarkTitle::videoParts)
                .containsExactly(null, List.of());
    }

    @Test
    void escalates_each_overdue_duty_of_a_national_title_to_the_office_which_records_its_follow_up() {
        String title = fixture.national(3);
        ProcessInstance pi = fixture.management(title);

        fireTimer(pi, "BoundaryEvent_PlaqueOverdue");
        fireTimer(pi, "BoundaryEvent_VideoOverdue");
        fireTimer(pi, "BoundaryEvent_ExchangeOverdue");
        assertThat(pi).isWaitingAt("UserTask_RecordPlaque", "UserTask_ProvidePromotionVideo", "ReceiveTask_AttendExchange",
                "UserTask_FollowUpPlaque", "UserTask_FollowUpVideo", "UserTask_FollowUpExchange");
        for (String followUp : List.of("UserTask_FollowUpPlaque", "UserTask_FollowUpVideo", "UserTask_FollowUpExchange")) {
            assertThat(taskAt(pi, followUp)).hasCandidateGroup("office").hasDueDate(BeijingTime.endOf(TestClock.today().plusDays(10)));
        }
        assertThat((String) engine.getTaskService().getVariableLocal(taskAt(pi, "UserTask_FollowUpVideo").getId(), TitleProcess.OVERDUE_DUTY))
                .contains(title, "“提交宣传视频”已逾期");
        assertThat(duties.of(title)).extracting(TitleDuties.Overdue::duty)
                .containsExactlyInAnyOrder(TitleDuty.PLAQUE, TitleDuty.VIDEO, TitleDuty.EXCHANGE);

        assertThatThrownBy(() -> complete(taskAt(pi, "UserTask_FollowUpVideo"), withVariables(TitleProcess.FOLLOW_UP_NOTE, " ")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("督办情况");
        complete(taskAt(pi, "UserTask_FollowUpVideo"), withVariables(TitleProcess.FOLLOW_UP_NOTE, "已电话督促，对方承诺两周内提交"));
        assertThat(duties.of(title)).filteredOn(overdue -> overdue.duty() == TitleDuty.VIDEO)
                .extracting(TitleDuties.Overdue::followUpNote).containsExactly("已电话督促，对方承诺两周内提交");
        assertThat(pi).hasPassed("EndEvent_VideoFollowedUp").isWaitingAt("UserTask_ProvidePromotionVideo");
    }

    @Test
    void gives_a_provincial_title_its_plaque_only_without_video_or_caq_exchange() {
        String title = fixture.jiangsu(1);
        ProcessInstance pi = fixture.management(title);

        assertThat(pi).hasPassed("Gateway_Duties").hasNotPassed("Gateway_NationalDuties").isWaitingAt("UserTask_RecordPlaque");
        assertThat(taskQuery().processInstanceId(pi.getId()).list()).extracting(Task::getTaskDefinitionKey)
                .containsExactly("UserTask_RecordPlaque");
        assertThat(taskAt(pi, "UserTask_RecordPlaque")).hasCandidateGroup("office-jiangsu");
        complete(taskAt(pi, "UserTask_RecordPlaque"), withVariables(TitleProcess.PLAQUE_NUMBER, "SZLBG-2012-001",
                TitleProcess.PLAQUE_AWARDED_ON, TestClock.today().toString()));
        assertThat(pi).isEnded().hasPassed("EndEvent_TitleInManagement").hasNotPassed("UserTask_ProvidePromotionVideo");
        assertThat(titles.find(title).orElseThrow()).extracting(BenchmarkTitle::plaqueNumber, BenchmarkTitle::videoUrl,
                BenchmarkTitle::exchangeConfirmed).containsExactly("SZLBG-2012-001", null, false);
    }
}
