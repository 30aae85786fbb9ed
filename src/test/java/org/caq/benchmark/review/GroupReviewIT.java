package org.caq.benchmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestReviews;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A specialist group's review runs as a process the campaign calls, and each expert's review as a process the group's
 * review calls (decision 0062): the engine counts the reviews, the history links parent and children, a recusal or the
 * office's reassignment hands the review on inside the same case, and nobody but the procedure starts, completes or
 * messages these cases from outside. Each test has a campaign of its own.
 */
@BenchmarkSpringTest
class GroupReviewIT {

    static final String COUNTED = "2012-shandong";
    static final String HANDED_ON = "2013-shandong";
    static final String HOSTILE = "2023-shandong";
    static final String LEADER = "expert1";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired Reviews reviews;
    @Autowired Experts experts;
    @Autowired TestRestTemplate rest;

    @Test
    void counts_a_group_s_reviews_as_called_cases_that_the_history_links_to_the_campaign() {
        String campaign = underway(COUNTED);
        ProcessInstance group = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign).singleResult();
        assertThat(group.getBusinessKey()).isEqualTo(COUNTED + "/MATERIAL/MANAGEMENT");
        assertThat(group.getProcessDefinitionId()).startsWith(ReviewProcess.GROUP_KEY + ":");
        List<ProcessInstance> children = runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).list();
        assertThat(children).hasSize(6).allSatisfy(child -> {
            assertThat(child.getProcessDefinitionId()).startsWith(ReviewProcess.KEY + ":");
            assertThat(child.getBusinessKey()).matches(COUNTED + "-\\d{4}/MATERIAL/E\\d\\d");
        });

        TestRestTemplate auditor = rest.withBasicAuth("auditor", "demo");
        List<Map<String, Object>> seen = auditor.getForObject(
                "/engine-rest/history/process-instance?superProcessInstanceId=" + group.getId(), List.class);
        assertThat(seen).hasSize(6).allSatisfy(child -> assertThat(child.get("processDefinitionKey")).isEqualTo(ReviewProcess.KEY));
        assertThat(auditor.getForObject("/engine-rest/history/process-instance?subProcessInstanceId=" + group.getId(), List.class))
                .singleElement().satisfies(parent -> assertThat(((Map<?, ?>) parent).get("id")).isEqualTo(campaign));

        List<Task> open = reviewTasks(COUNTED);
        for (int i = 0; i < open.size(); i++) {
            assertThat(counter(group, "nrOfCompletedInstances")).isEqualTo(i);
            assertThat(deliberation(group)).as("the group deliberates once its last review is in").isNull();
            score(open.get(i));
        }
        assertThat(counter(group, "nrOfInstances")).as("the multi-instance is gone once every review is in").isNull();
        ProcessInstance deliberation = deliberation(group);
        assertThat(deliberation.getBusinessKey()).isEqualTo(group.getBusinessKey());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(group.getId())
                .processDefinitionKey(ReviewProcess.KEY).completed().count()).isEqualTo(6);
    }

    @Test
    void hands_a_recused_or_reassigned_review_on_inside_the_same_review_case() {
        String campaign = underway(HANDED_ON);
        ProcessInstance group = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign).singleResult();
        Task recusing = reviewTasks(HANDED_ON).stream().filter(task -> !LEADER.equals(task.getAssignee())).findFirst().orElseThrow();
        Review recused = reviews.ofProcess(recusing.getProcessInstanceId()).orElseThrow();

        assertThat(rest.withBasicAuth(recusing.getAssignee(), "demo").postForEntity("/engine-rest/task/" + recusing.getId() + "/complete",
                variables(Map.of(ReviewProcess.RECUSE, true, ReviewProcess.RECUSAL_REASON, "曾为该企业提供咨询")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Review next = reviews.ofProcess(recusing.getProcessInstanceId()).orElseThrow();
        assertThat(next.id()).isNotEqualTo(recused.id());
        assertThat(next.expertCode()).isNotEqualTo(recused.expertCode());
        assertThat(reviews.find(recused.id()).orElseThrow().status()).isEqualTo(Review.Status.RECUSED);
        Task handedOn = tasks.createTaskQuery().processInstanceId(recusing.getProcessInstanceId()).singleResult();
        assertThat(handedOn.getAssignee()).isEqualTo(experts.find(next.expertCode()).orElseThrow().userId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(recusing.getProcessInstanceId()).singleResult().getBusinessKey())
                .isEqualTo(ReviewKeys.review(next.applicationNumber(), ReviewStage.MATERIAL, next.expertCode()));
        assertThat(runtime.getVariable(recusing.getProcessInstanceId(), ReviewProcess.RECUSE)).as("the next expert's form is empty").isNull();
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).count()).as("still one case per review")
                .isEqualTo(6);

        HttpHeaders script = new HttpHeaders();
        script.set("X-Requested-With", "XMLHttpRequest");
        assertThat(rest.withBasicAuth("office", "demo").postForEntity("/api/reviews/" + next.id() + "/reassign",
                new HttpEntity<>(Map.of("reason", "专家出国"), script), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Review third = reviews.ofProcess(recusing.getProcessInstanceId()).orElseThrow();
        assertThat(third.expertCode()).isNotIn(recused.expertCode(), next.expertCode());
        assertThat(tasks.createTaskQuery().processInstanceId(recusing.getProcessInstanceId()).singleResult().getAssignee())
                .isEqualTo(experts.find(third.expertCode()).orElseThrow().userId());
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).count()).isEqualTo(6);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(group.getId()).count())
                .as("no case was ended or added").isEqualTo(6);
    }

    @Test
    void refuses_starting_completing_or_messaging_the_called_reviews_from_outside() {
        String campaign = underway(HOSTILE);
        ProcessInstance group = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign).singleResult();
        List<Task> open = reviewTasks(HOSTILE);
        Task someone = open.get(0);
        String other = open.stream().map(Task::getAssignee).filter(user -> !user.equals(someone.getAssignee())).findFirst().orElseThrow();
        Review unlinked = reviews.ofProcess(someone.getProcessInstanceId()).orElseThrow();

        assertThat(rest.withBasicAuth(other, "demo").postForEntity("/engine-rest/task/" + someone.getId() + "/complete",
                variables(Map.of(ReviewProcess.SCORE_1, 1, ReviewProcess.SCORE_2, 1, ReviewProcess.SCORE_3, 1,
                        ReviewProcess.COMMENT, "替人评审")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (String user : List.of("office", other)) {
            for (String key : List.of(ReviewProcess.KEY, ReviewProcess.GROUP_KEY, DeliberationProcess.KEY)) {
                Map<String, Object> start = new HashMap<>(variables(Map.of(ReviewProcess.ASSIGNMENT_ID, unlinked.id())));
                start.put("businessKey", group.getBusinessKey());
                assertThat(rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/process-definition/key/" + key + "/start",
                        start, String.class).getStatusCode()).as(user + " starts " + key).isEqualTo(HttpStatus.FORBIDDEN);
            }
            assertThat(rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/message", Map.of("messageName",
                    ReviewProcess.SITE_VERIFICATION_RECORDED, "processInstanceId", group.getId()), String.class).getStatusCode())
                    .as(user + " correlates a message").isEqualTo(HttpStatus.FORBIDDEN);
        }

        assertThat(reviews.find(unlinked.id()).orElseThrow().status()).isEqualTo(Review.Status.ASSIGNED);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).count()).isEqualTo(6);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.GROUP_KEY)
                .processInstanceBusinessKey(group.getBusinessKey()).count()).isEqualTo(1);
    }

    /** The campaign with its material review open: two applications, three experts each, every expert signed. */
    private synchronized String underway(String campaignNumber) {
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        if (jdbc.sql("select count(*) from committee where campaign_number = ?").param(campaignNumber).query(Integer.class).single() > 0) {
            return campaigns.processInstanceOf(campaignNumber);
        }
        String campaign = TestReviews.committeeFormed(engine, jdbc, store, accounts, campaignNumber,
                List.of("shandong-jinan", "shandong-qingdao"), "分组" + campaignNumber.substring(0, 4));
        complete(campaign, Map.of(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        TestUndertakings.signAllInCampaign(engine, campaignNumber);
        return campaign;
    }

    private List<Task> reviewTasks(String campaign) {
        return tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey(ReviewProcess.REVIEW_TASK)
                .processInstanceBusinessKeyLike(campaign + "-%/MATERIAL/%").orderByTaskAssignee().asc().list();
    }

    private void score(Task task) {
        engine.getIdentityService().setAuthentication(task.getAssignee(), List.of("committee"));
        try {
            tasks.complete(task.getId(), Map.of(ReviewProcess.SCORE_1, 80, ReviewProcess.SCORE_2, 80, ReviewProcess.SCORE_3, 80,
                    ReviewProcess.COMMENT, "方法成熟"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** A counter the engine keeps on the multi-instance that calls the reviews; none once it is done. */
    private Object counter(ProcessInstance group, String name) {
        ActivityInstance tree = runtime.getActivityInstance(group.getId());
        ActivityInstance[] body = tree == null ? new ActivityInstance[0]
                : tree.getActivityInstances("CallActivity_ReviewApplications#multiInstanceBody");
        return body.length == 0 ? null : runtime.getVariableLocal(body[0].getExecutionIds()[0], name);
    }

    private ProcessInstance deliberation(ProcessInstance group) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId())
                .processDefinitionKey(DeliberationProcess.KEY).singleResult();
    }

    private void complete(String processInstance, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId(), variables);
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return Map.of("variables", variables);
    }
}
