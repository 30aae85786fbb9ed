package org.caq.benchmark.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestObjections;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.review.Committees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * benchmark-objection, one path a test: the committee decides by its members' votes (Art. 21 "报评审委员会审议"), a
 * majority of those called upholds; every step has a due date within the bound the office set at publication, and an
 * overdue step is escalated to the office. 2012's national list is published for all of them, one application a test.
 */
@BenchmarkSpringTest
class ObjectionProcessTest {

    static final String CAMPAIGN = "2012-national";
    static final int HANDLING_DAYS = 5;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired ObjectionIntake intake;
    @Autowired Objections objections;
    @Autowired ObjectionVotes votes;
    @Autowired ObjectionFollowUps followUps;
    @Autowired Publicities publicities;
    @Autowired Applications applications;
    @Autowired Committees committees;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    /** The n-th application (1–4) on 2012's published list; the list is published once, by the first test to need it. */
    private synchronized String listed(int n) {
        if (publicities.find(CAMPAIGN).isEmpty()) {
            ProcessInstance pi = new TestPreliminaryLists(engine, jdbc, store, accounts).national(2012,
                    List.of("异议甲有限公司", "异议乙有限公司", "异议丙有限公司", "异议丁有限公司")).campaign();
            complete(taskQuery().processInstanceId(pi.getId()).singleResult(), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START,
                    TestPreliminaryLists.publicityStart(arrangements).toString(), PublicityProcess.OBJECTION_HANDLING_DAYS, HANDLING_DAYS));
            TestPreliminaryLists.beginToday(jdbc, CAMPAIGN);
        }
        return publicities.find(CAMPAIGN).orElseThrow().entries().get(n - 1).applicationNumber();
    }

    private ProcessInstance object(String application, String phone, String address) {
        String number = intake.submit(ObjectionForm.of(application, "王五", null, phone, null,
                "该企业近三年发生过产品质量问题被通报，与申报材料不符。", "true"), null, null, address);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    /** The office investigates; the members called to vote sign their undertaking where they have not yet. */
    private void investigate(ProcessInstance pi, String recommendation) {
        complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("UserTask_InvestigateObjection").singleResult(),
                withVariables(PublicityProcess.FINDINGS, "已向市场监管部门核实", PublicityProcess.RECOMMENDATION, recommendation));
        TestUndertakings.signAllIn(engine, pi.getId());
    }

    private String chair() {
        return committees.chairUserOf(CAMPAIGN);
    }

    private void fireTimer(ProcessInstance pi, String boundaryEvent) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(boundaryEvent).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    @Test
    void upholds_an_objection_a_majority_of_the_committee_votes_for_even_against_the_chair_and_ends_the_vote_once_settled() {
        String application = listed(1);
        ProcessInstance pi = object(application, "13900000001", "198.51.100.1");
        investigate(pi, PublicityProcess.DISMISS);
        String number = pi.getBusinessKey();

        List<ObjectionVotes.Vote> roster = votes.of(number);
        List<Task> open = TestObjections.voteTasks(engine, pi);
        assertThat(open).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(
                roster.stream().map(ObjectionVotes.Vote::voterUser).toList());
        assertThat(roster).hasSizeGreaterThanOrEqualTo(3);
        Task chairs = open.stream().filter(task -> task.getAssignee().equals(chair())).findFirst().orElseThrow();
        TestObjections.vote(engine, chairs, PublicityProcess.DISMISS, "证据不足");
        assertThat(pi).isWaitingAt("UserTask_VoteOnObjection");
        String objected = applications.processOf(application).orElseThrow();
        Set<String> waiting = waitingFor(ApplicationProcess.OBJECTION_UPHELD);
        assertThat(waiting).as("the objected case and others of the list wait").contains(objected).hasSizeGreaterThan(1);

        int uphold = TestObjections.voteAll(engine, pi, PublicityProcess.UPHOLD, "通报属实，材料不符");
        ObjectionVotes.Tally tally = votes.tally(number);
        assertThat(tally.uphold()).isEqualTo(uphold).isEqualTo(roster.size() / 2 + 1);
        assertThat(tally.uphold() + tally.dismiss()).as("the rest need not vote once the outcome is settled")
                .isLessThanOrEqualTo(roster.size());
        assertThat(TestObjections.voteTasks(engine, pi)).isEmpty();
        Objection decided = objections.find(number).orElseThrow();
        assertThat(decided.status()).isEqualTo(Objection.Status.UPHELD);
        assertThat(decided.decisionReason()).contains("应表决委员 " + roster.size() + " 名", "认为异议成立 " + uphold + " 票",
                "过半数委员认为异议成立", "通报属实，材料不符").doesNotContain(chair());
        assertThat(jdbc.sql("select decided_by from objection where number = ?").param(number).query(String.class).single())
                .isEqualTo("committee-vote");
        assertThat(applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.REMOVED_AFTER_OBJECTION);
        assertThat(pi).isWaitingAt("UserTask_ReplyToObjector").hasPassed("Event_ObjectionUpheld");
        assertThat(waitingFor(ApplicationProcess.OBJECTION_UPHELD)).as("the throw event told the objected case and no other")
                .containsExactlyInAnyOrderElementsOf(waiting.stream().filter(id -> !id.equals(objected)).toList());
    }

    /** The process instances subscribed to the message. */
    private Set<String> waitingFor(String message) {
        return runtime.createEventSubscriptionQuery().eventType("message").eventName(message).list().stream()
                .map(EventSubscription::getProcessInstanceId).collect(Collectors.toSet());
    }

    @Test
    void dismisses_an_objection_no_more_than_half_of_the_members_uphold() {
        ProcessInstance pi = object(listed(2), "13900000002", "198.51.100.2");
        investigate(pi, PublicityProcess.UPHOLD);
        int members = votes.of(pi.getBusinessKey()).size();
        for (int i = 0; i < members / 2; i++) {
            TestObjections.vote(engine, TestObjections.voteTasks(engine, pi).get(0), PublicityProcess.UPHOLD, "理由一");
        }
        TestObjections.voteAll(engine, pi, PublicityProcess.DISMISS, "异议理由缺乏证据");

        assertThat(votes.tally(pi.getBusinessKey())).satisfies(tally -> {
            assertThat(tally.uphold()).isEqualTo(members / 2);
            assertThat(tally.upheld()).isFalse();
        });
        assertThat(objections.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(Objection.Status.DISMISSED);
        assertThat(applications.find(listed(2)).orElseThrow().status()).isEqualTo(ApplicationStatus.ON_PRELIMINARY_LIST);
    }

    @Test
    void lets_each_member_vote_once_on_their_own_task_only() {
        ProcessInstance pi = object(listed(3), "13900000003", "198.51.100.3");
        investigate(pi, PublicityProcess.UPHOLD);
        List<Task> open = TestObjections.voteTasks(engine, pi);
        Task first = open.get(0);
        String other = open.get(1).getAssignee();

        engine.getIdentityService().setAuthentication(other, List.of("committee"));
        try {
            assertThatThrownBy(() -> engine.getTaskService().complete(first.getId(), Map.of(PublicityProcess.VOTE,
                    PublicityProcess.UPHOLD, PublicityProcess.VOTE_OPINION, "代为表决"))).isInstanceOf(AuthorizationException.class);
            engine.getIdentityService().setAuthentication("office", List.of("office"));
            assertThatThrownBy(() -> engine.getTaskService().complete(first.getId(), Map.of(PublicityProcess.VOTE,
                    PublicityProcess.UPHOLD, PublicityProcess.VOTE_OPINION, "代为表决"))).isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThatThrownBy(() -> TestObjections.vote(engine, first, "abstain", "弃权")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("表决意见只能是");
        assertThatThrownBy(() -> TestObjections.vote(engine, first, PublicityProcess.UPHOLD, " ")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("表决理由");
        TestObjections.vote(engine, first, PublicityProcess.UPHOLD, "属实");
        assertThat(votes.of(pi.getBusinessKey())).filteredOn(ObjectionVotes.Vote::cast).singleElement()
                .extracting(ObjectionVotes.Vote::voterUser, ObjectionVotes.Vote::vote).containsExactly(first.getAssignee(), "uphold");
    }

    @Test
    void keeps_every_step_within_the_office_s_bound_and_escalates_an_overdue_one_to_the_office() {
        ProcessInstance pi = object(listed(4), "13900000004", "198.51.100.4");
        Publicity publicity = publicities.find(CAMPAIGN).orElseThrow();
        LocalDate bound = publicity.objectionsDueOn();
        assertThat(bound).isAfter(publicity.endsOn());
        Task investigation = taskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(investigation).hasDueDate(BeijingTime.endOf(TestClock.today().plusDays(5)));

        fireTimer(pi, "BoundaryEvent_InvestigationOverdue");
        Task followUp = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("UserTask_FollowUpObjection").singleResult();
        assertThat(followUp).hasCandidateGroup("office").hasDueDate(BeijingTime.endOf(TestClock.today().plusDays(2)));
        assertThat((String) engine.getTaskService().getVariableLocal(followUp.getId(), PublicityProcess.OVERDUE_STEPS))
                .contains(pi.getBusinessKey(), "调查核实异议", "须于 " + bound + " 前办结");
        assertThat(followUps.of(pi.getBusinessKey())).singleElement().extracting(ObjectionFollowUps.FollowUp::overdueSteps)
                .asString().contains("调查核实异议");
        assertThatThrownBy(() -> complete(followUp, withVariables(PublicityProcess.FOLLOW_UP_NOTE, "")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("督办情况");
        complete(followUp, withVariables(PublicityProcess.FOLLOW_UP_NOTE, "已督促经办人两日内完成核实"));
        assertThat(followUps.of(pi.getBusinessKey())).singleElement().extracting(ObjectionFollowUps.FollowUp::note)
                .isEqualTo("已督促经办人两日内完成核实");

        // the investigation ends the day before the bound: the vote is due at the bound, not five days on
        TestClock.moveTo(bound.minusDays(1));
        investigate(pi, PublicityProcess.UPHOLD);
        assertThat(TestObjections.voteTasks(engine, pi)).allSatisfy(vote -> assertThat(vote).hasDueDate(BeijingTime.endOf(bound)));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_VoteOverdue").singleResult().getDuedate()).isEqualTo(BeijingTime.endOf(bound));

        // past the bound, the office hears of it at once, whichever members have not voted
        TestClock.moveTo(bound.plusDays(1));
        fireTimer(pi, "BoundaryEvent_VoteOverdue");
        assertThat((String) engine.getTaskService().getVariableLocal(taskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("UserTask_FollowUpObjection").singleResult().getId(), PublicityProcess.OVERDUE_STEPS))
                .contains("评审委员会委员表决");
        TestObjections.voteAll(engine, pi, PublicityProcess.DISMISS, "不成立");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("UserTask_ReplyToObjector").singleResult())
                .hasDueDate(BeijingTime.endOf(bound));
    }
}
