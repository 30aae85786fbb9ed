package org.caq.benchmark.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 002 §4(4) "确定的省质量标杆优先推荐申报全国质量标杆", seed 004 §2(2) "从往年的全省质量标杆中择优推荐": a national
 * application by an enterprise that holds a provincial title in force is marked as such, with its province's rule, for
 * the unit that recommends it, for the experts who review it and in its group's ranking; others are not.
 */
@BenchmarkSpringTest
class ProvincialTitlesInNationalSelectionTest {

    static final String CAMPAIGN = "2022-national";

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance apply(TestApplications cases, String enterprise) {
        Map<String, Object> form = TestApplications.form("jiangsu", enterprise, TestApplications.JIANGSU_CODE);
        ProcessInstance pi = cases.submit(form);
        cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
        return pi;
    }

    private String notesOn(Task task) {
        return (String) tasks.getVariableLocal(task.getId(), ApplicationProcess.APPLICATION_NOTES);
    }

    @Test
    void marks_a_provincial_title_holder_s_national_application_for_its_unit_its_experts_and_its_group_s_ranking() {
        String title = new TestTitles(engine, jdbc, store, accounts, arrangements, titles).jiangsu(1);
        String holder = titles.find(title).orElseThrow().enterpriseName();
        new TestCampaigns(engine, jdbc).openNational(2022, null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        ProcessInstance preferred = apply(cases, holder);
        ProcessInstance other = apply(cases, "未获省级称号有限公司");

        assertThat(task(preferred)).hasDefinitionKey("UserTask_RecommendApplication");
        assertThat(notesOn(task(preferred))).contains("**省级质量标杆**", "2012年江苏省质量标杆", "称号编号 " + title,
                "确定的省质量标杆优先推荐申报全国质量标杆");
        assertThat(notesOn(task(other))).isEqualTo("无");

        for (ProcessInstance pi : List.of(preferred, other)) {
            complete(task(pi), withVariables(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            complete(task(pi));
            complete(task(pi), withVariables(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        }
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        campaigns.fireTimer(CAMPAIGN, "Event_ApplicationWindowCloses");
        campaigns.fireTimer(CAMPAIGN, "Event_RecommendationDeadline");
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CAMPAIGN)
                .singleResult();
        complete(task(campaign));
        complete(task(campaign), withVariables(ReviewProcess.EXPERTS_PER_APPLICATION, 3, ReviewProcess.AGGREGATION_POLICY, "MEAN",
                ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
        complete(task(campaign), withVariables(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        TestUndertakings.signAllInCampaign(engine, CAMPAIGN);

        List<Task> reviews = tasks.createTaskQuery().taskDefinitionKey("UserTask_ReviewApplication")
                .processInstanceBusinessKeyLike(CAMPAIGN + "-%").list();
        assertThat(reviews).filteredOn(review -> review.getName().contains(preferred.getBusinessKey())).hasSize(3)
                .allSatisfy(review -> assertThat(notesOn(review)).contains("称号编号 " + title));
        assertThat(reviews).filteredOn(review -> review.getName().contains(other.getBusinessKey())).hasSize(3)
                .allSatisfy(review -> assertThat(notesOn(review)).isEqualTo("无"));
        for (Task review : reviews) {
            engine.getIdentityService().setAuthentication(review.getAssignee(), List.of("committee"));
            try {
                tasks.complete(review.getId(), Map.of(ReviewProcess.SCORE_1, 80, ReviewProcess.SCORE_2, 80, ReviewProcess.SCORE_3, 80,
                        ReviewProcess.COMMENT, "方法成熟"));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
        TestUndertakings.signAllInCampaign(engine, CAMPAIGN);
        Task deliberation = tasks.createTaskQuery().processDefinitionKey(DeliberationProcess.KEY).taskDefinitionKey("UserTask_Deliberate")
                .processInstanceBusinessKeyLike(CAMPAIGN + "/%").singleResult();
        String ranking = (String) tasks.getVariableLocal(deliberation.getId(), ReviewProcess.RANKING);
        int preferredAt = ranking.indexOf(preferred.getBusinessKey());
        int otherAt = ranking.indexOf(other.getBusinessKey());
        String preferredEntry = ranking.substring(preferredAt, otherAt > preferredAt ? otherAt : ranking.length());
        assertThat(preferredEntry).contains("2012年江苏省质量标杆", "称号编号 " + title);
        String otherEntry = ranking.substring(otherAt, preferredAt > otherAt ? preferredAt : ranking.length());
        assertThat(otherEntry).doesNotContain("省级质量标杆");
    }
}
