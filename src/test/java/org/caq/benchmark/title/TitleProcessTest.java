package org.caq.benchmark.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.announcement.AnnouncementProcess;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.identity.ApplicantAccounts;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.publicity.PublicityProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Title management (Art. 23–24): plaque, promotion video and exchange, and revocation kept or decided. */
@BenchmarkSpringTest
class TitleProcessTest {

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired Revocations revocations;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    /** Two titles of 2017, announced after a publicity without objections. */
    private List<String> announcedTitles() {
        ProcessInstance pi = new TestPreliminaryLists(engine, jdbc, store, accounts).national(2017, List.of("称号甲有限公司", "称号乙有限公司")).campaign();
        LocalDate start = TestPreliminaryLists.publicityStart(arrangements);
        complete(task(pi), withVariables(PublicityProcess.PUBLICITY_START, start.toString()));
        new TestCampaigns(engine, jdbc).fireTimer(pi.getBusinessKey(), "Event_PublicityPeriodEnds");
        assertThat(pi).hasPassed("Gateway_ObjectionsSettled").hasNotPassed("Event_ObjectionsSettled");
        complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE, "批准"));
        complete(task(pi), withVariables(AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2017〕1号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
        return titles.ofCampaign(pi.getBusinessKey()).stream().map(BenchmarkTitle::number).toList();
    }

    private ProcessInstance management(String title) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TitleProcess.KEY).processInstanceBusinessKey(title).singleResult();
    }

    private ProcessInstance report(String title, String ground) {
        return runtime.startProcessInstanceByKey(TitleProcess.REVOCATION_KEY, Map.of(TitleProcess.TITLE_NUMBER, title,
                TitleProcess.GROUND, ground, TitleProcess.REPORT, "媒体报道该企业发生重大产品质量事故"));
    }

    @Test
    void records_the_plaque_and_the_video_then_keeps_one_title_after_a_report_and_revokes_the_other() {
        List<String> numbers = announcedTitles();
        String kept = numbers.get(0);
        String revoked = numbers.get(1);
        ProcessInstance first = management(kept);
        LocalDate today = TestClock.today();

        // plaque (office) and video with the exchange commitment (holder), in either order
        String holder = jdbc.sql("select a.applicant_user from application a join benchmark_title t on t.application_number = a.number"
                + " where t.number = ?").param(kept).query(String.class).single();
        assertThat(taskQuery().processInstanceId(first.getId()).taskDefinitionKey("UserTask_ProvidePromotionVideo").singleResult())
                .isAssignedTo(holder).hasDueDate(BeijingTime.endOf(today.plusDays(60)));
        var plaque = taskQuery().processInstanceId(first.getId()).taskDefinitionKey("UserTask_RecordPlaque").singleResult();
        assertThatThrownBy(() -> complete(plaque, withVariables(TitleProcess.PLAQUE_NUMBER, "ZLBG-2017-001",
                TitleProcess.PLAQUE_AWARDED_ON, today.minusDays(1).toString())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("授牌日期须在公告发布日");
        complete(plaque, withVariables(TitleProcess.PLAQUE_NUMBER, "ZLBG-2017-001", TitleProcess.PLAQUE_AWARDED_ON, today.toString()));
        var video = task(first);
        assertThatThrownBy(() -> complete(video, withVariables(TitleProcess.VIDEO_URL, "https://video.example.cn/a.mp4",
                TitleProcess.VIDEO_MINUTES, 25, TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, true)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须为 30 分钟");
        assertThatThrownBy(() -> complete(video, withVariables(TitleProcess.VIDEO_URL, "https://video.example.cn/a.mp4",
                TitleProcess.VIDEO_MINUTES, 30, TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, false)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("经验交流活动");
        complete(video, withVariables(TitleProcess.VIDEO_URL, "https://video.example.cn/a.mp4",
                TitleProcess.VIDEO_MINUTES, 30, TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, true));
        assertThat(first).isEnded().hasPassed("EndEvent_TitleInManagement");
        assertThat(titles.find(kept).orElseThrow()).extracting(BenchmarkTitle::plaqueNumber, BenchmarkTitle::exchangeConfirmed)
                .containsExactly("ZLBG-2017-001", true);

        // a report that does not hold: the title stays
        assertThatThrownBy(() -> report("2017-national-T999", "QUALITY_ACCIDENT")).isInstanceOf(InvalidInput.class).hasMessageContaining("不存在");
        assertThatThrownBy(() -> report(kept, "BAD_LUCK")).isInstanceOf(InvalidInput.class).hasMessageContaining("撤销事由无效");
        ProcessInstance dismissed = report(kept, "QUALITY_ACCIDENT");
        assertThat(dismissed.getBusinessKey()).isEqualTo(kept + "-R1");
        assertThatThrownBy(() -> report(kept, "QUALITY_ACCIDENT")).isInstanceOf(InvalidInput.class).hasMessageContaining("正在办理的撤销案件");
        assertThat(task(dismissed)).hasCandidateGroup("office");
        complete(task(dismissed), withVariables(TitleProcess.FINDINGS, "事故非该企业责任", TitleProcess.RECOMMENDATION, "keep"));
        assertThat(task(dismissed)).isAssignedTo("chair");
        complete(task(dismissed), withVariables(TitleProcess.DECISION, "keep", TitleProcess.DECISION_REASON, "不属于重大责任事故"));
        assertThat(dismissed).isEnded().hasPassed("EndEvent_TitleKept");
        assertThat(titles.find(kept).orElseThrow().status()).isEqualTo(BenchmarkTitle.Status.ACTIVE);

        // revoked while its duties are still open: the registry marks it, the notice is published, its case ends
        ProcessInstance second = management(revoked);
        ProcessInstance revocation = report(revoked, "FALSIFIED_MATERIAL");
        complete(task(revocation), withVariables(TitleProcess.FINDINGS, "利润数据系伪造", TitleProcess.RECOMMENDATION, "revoke"));
        complete(task(revocation), withVariables(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "证据确凿"));
        assertThat(revocation).isEnded().hasPassed("EndEvent_TitleRevoked");
        assertThat(titles.find(revoked).orElseThrow()).extracting(BenchmarkTitle::status, BenchmarkTitle::revokedOn,
                BenchmarkTitle::revocationGround).containsExactly(BenchmarkTitle.Status.REVOKED, today, RevocationGround.FALSIFIED_MATERIAL);
        assertThat(revocations.revoked()).extracting(Revocation::titleNumber).contains(revoked);
        assertThat(revocations.find(revoked + "-R1").orElseThrow().noticeText()).contains("申报材料弄虚作假").contains("撤销其“质量标杆”称号")
                .doesNotContain("证据确凿");
        assertThat(second).isEnded().hasPassed("EndEvent_RevokedBeforeDutiesDone");
        assertThatThrownBy(() -> report(revoked, "CREDIT_ACCIDENT")).isInstanceOf(InvalidInput.class).hasMessageContaining("已于");
    }
}
