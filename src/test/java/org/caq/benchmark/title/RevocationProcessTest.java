package org.caq.benchmark.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.TitleProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * benchmark-revocation, one path a test (Art. 24): the office decides a national title's revocation, the department
 * that determines Jiangsu's titles decides theirs (seed 002), each notice cites its level's rule; a report that does not
 * hold keeps the title; the grounds are those the article lists and, its "等" being open, a major accident of another
 * kind named each time; an office acts on its own level's titles only.
 */
@BenchmarkSpringTest
class RevocationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired Revocations revocations;
    @Autowired TestRestTemplate rest;

    TestTitles fixture;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fixture = new TestTitles(engine, jdbc, store, accounts, arrangements, titles);
    }

    private ProcessInstance report(String title, String ground) {
        return report(title, ground, Map.of());
    }

    private ProcessInstance report(String title, String ground, Map<String, Object> more) {
        Map<String, Object> form = new HashMap<>(Map.of(TitleProcess.TITLE_NUMBER, title, TitleProcess.GROUND, ground,
                TitleProcess.REPORT, "媒体报道该企业发生重大事故"));
        form.putAll(more);
        return runtime.startProcessInstanceByKey(TitleProcess.REVOCATION_KEY, form);
    }

    private ProcessInstance reportAs(String user, String group, String title) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            return report(title, "QUALITY_ACCIDENT");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The process instances subscribed to the message. */
    private Set<String> waitingFor(String message) {
        return runtime.createEventSubscriptionQuery().eventType("message").eventName(message).list().stream()
                .map(EventSubscription::getProcessInstanceId).collect(Collectors.toSet());
    }

    private String decidedBy(String revocation) {
        return jdbc.sql("select decided_by from revocation where number = ?").param(revocation).query(String.class).single();
    }

    @Test
    void the_office_revokes_a_national_title_and_its_notice_cites_article_24_in_the_office_s_name() {
        String title = fixture.national(4);
        ProcessInstance management = fixture.management(title);
        ProcessInstance pi = report(title, "FALSIFIED_MATERIAL");
        assertThat(pi.getBusinessKey()).isEqualTo(title + "-R1");
        assertThat(task(pi)).hasDefinitionKey("UserTask_InvestigateReport").hasCandidateGroup("office");
        complete(task(pi), withVariables(TitleProcess.FINDINGS, "利润数据系伪造", TitleProcess.RECOMMENDATION, "revoke"));

        assertThat(task(pi)).hasDefinitionKey("UserTask_DecideRevocation").hasCandidateGroup("office");
        assertThat(task(pi).getAssignee()).as("no single committee member decides").isNull();
        Set<String> waiting = waitingFor(TitleProcess.TITLE_REVOKED);
        assertThat(waiting).as("this title's case and other titles' cases wait").contains(management.getId()).hasSizeGreaterThan(1);
        assertThat(taskQuery().processInstanceId(pi.getId()).taskCandidateGroup("committee-chair").count()).isZero();
        engine.getIdentityService().setAuthentication("office", List.of("office"));
        try {
            engine.getTaskService().complete(task(pi).getId(), Map.of(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "证据确凿"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(pi).isEnded().hasPassed("EndEvent_TitleRevoked");
        assertThat(decidedBy(title + "-R1")).isEqualTo("office");
        assertThat(titles.find(title).orElseThrow()).extracting(BenchmarkTitle::status, BenchmarkTitle::revokedOn,
                BenchmarkTitle::revocationGround).containsExactly(BenchmarkTitle.Status.REVOKED, TestClock.today(),
                RevocationGround.FALSIFIED_MATERIAL);
        assertThat(revocations.find(title + "-R1").orElseThrow().noticeText())
                .contains("为2017年全国质量标杆", "经调查核实，该单位申报材料弄虚作假", "根据《全国质量标杆遴选管理办法》第二十四条",
                        "全国质量标杆工作办公室决定自 " + TestClock.today() + " 起撤销其“全国质量标杆”称号")
                .doesNotContain("评审委员会", "证据确凿", "利润数据系伪造");
        assertThat(rest.getForObject("/public/api/revocations", String.class))
                .contains("\"titleNumber\":\"" + title + "\"").contains("\"organiser\":\"全国质量标杆工作办公室\"");
        assertThat(management).isEnded().hasPassed("EndEvent_RevokedBeforeDutiesDone");
        assertThat(waitingFor(TitleProcess.TITLE_REVOKED)).as("the end event told this title's case and no other")
                .containsExactlyInAnyOrderElementsOf(waiting.stream().filter(id -> !id.equals(management.getId())).toList());
        assertThatThrownBy(() -> report(title, "CREDIT_ACCIDENT")).isInstanceOf(InvalidInput.class).hasMessageContaining("已于");
    }

    @Test
    void keeps_a_title_when_the_report_does_not_hold_and_refuses_unknown_titles_grounds_and_a_second_open_case() {
        String title = fixture.national(5);
        assertThatThrownBy(() -> report("2017-national-T999", "QUALITY_ACCIDENT")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("不存在");
        assertThatThrownBy(() -> report(title, "BAD_LUCK")).isInstanceOf(InvalidInput.class).hasMessageContaining("撤销事由无效");
        ProcessInstance pi = report(title, "QUALITY_ACCIDENT");
        assertThatThrownBy(() -> report(title, "SAFETY_ACCIDENT")).isInstanceOf(InvalidInput.class).hasMessageContaining("正在办理的撤销案件");

        complete(task(pi), withVariables(TitleProcess.FINDINGS, "事故非该企业责任", TitleProcess.RECOMMENDATION, "keep"));
        assertThat(task(pi)).hasCandidateGroup("office");
        complete(task(pi), withVariables(TitleProcess.DECISION, "keep", TitleProcess.DECISION_REASON, "不属于重大责任事故"));
        assertThat(pi).isEnded().hasPassed("EndEvent_TitleKept");
        assertThat(titles.find(title).orElseThrow().status()).isEqualTo(BenchmarkTitle.Status.ACTIVE);
        assertThat(revocations.find(title + "-R1").orElseThrow().noticeText()).isNull();
        assertThat(fixture.management(title)).isNotEnded();
    }

    @Test
    void takes_a_major_accident_of_another_kind_than_the_article_lists_when_its_aspect_is_named() {
        String title = fixture.national(6);
        assertThatThrownBy(() -> report(title, "OTHER_MAJOR_ACCIDENT")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("其他重大责任事故的方面");
        ProcessInstance pi = report(title, "OTHER_MAJOR_ACCIDENT", Map.of(TitleProcess.GROUND_DETAIL, "职业健康"));
        complete(task(pi), withVariables(TitleProcess.FINDINGS, "发生职业病群体事件且负主要责任", TitleProcess.RECOMMENDATION, "revoke"));
        complete(task(pi), withVariables(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "属实"));

        BenchmarkTitle revoked = titles.find(title).orElseThrow();
        assertThat(revoked.revocationGround()).isEqualTo(RevocationGround.OTHER_MAJOR_ACCIDENT);
        assertThat(revoked.revocationGroundText()).isEqualTo("发生职业健康方面的重大责任事故");
        assertThat(revocations.find(title + "-R1").orElseThrow().noticeText()).contains("该单位发生职业健康方面的重大责任事故");
        assertThat(rest.getForObject("/public/api/registry?year=" + revoked.year(), String.class)).contains("发生职业健康方面的重大责任事故");
    }

    @Test
    void a_jiangsu_title_is_revoked_by_the_department_that_determines_jiangsu_s_titles_and_never_by_another_province_s_office() {
        String title = fixture.jiangsu(2);
        assertThatThrownBy(() -> reportAs("shandong-office", "office-shandong", title)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("称号 " + title + " 是江苏省质量标杆，由江苏省质量管理协会管理：您只能对本级（本省）的称号受理撤销线索");
        assertThat(revocations.find(title + "-R1")).isEmpty();

        ProcessInstance pi = reportAs("jiangsu-office", "office-jiangsu", title);
        assertThat(task(pi)).hasDefinitionKey("UserTask_InvestigateReport").hasCandidateGroup("office-jiangsu");
        complete(task(pi), withVariables(TitleProcess.FINDINGS, "事故属实", TitleProcess.RECOMMENDATION, "revoke"));
        assertThat(task(pi)).hasDefinitionKey("UserTask_DecideRevocation").hasCandidateGroup("approver-jiangsu");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskCandidateGroup("office").count()).isZero();
        complete(task(pi), withVariables(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "同意"));

        assertThat(revocations.find(title + "-R1").orElseThrow().noticeText())
                .contains("为2012年江苏省质量标杆", "苏经信科技〔2016〕222号", "江苏省工业和信息化厅决定自")
                .doesNotContain("全国质量标杆遴选管理办法");
        assertThat(rest.getForObject("/public/api/revocations", String.class)).contains("\"organiser\":\"江苏省工业和信息化厅\"");
    }
}
