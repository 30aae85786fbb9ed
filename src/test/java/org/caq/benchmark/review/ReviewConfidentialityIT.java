package org.caq.benchmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplicants;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Art. 15 through the engine's authorization and every endpoint: applicants never see scores, comments or
 * experts; an expert sees only the applications assigned to them, and only after signing the campaign's confidentiality
 * undertaking, never another expert's review, and nothing more of an application once they recuse from it.
 * Each campaign below is built once, completely, by whichever test needs it first; the tests that change a campaign
 * have one of their own, so no test depends on another's order or changes.
 */
@BenchmarkSpringTest
class ReviewConfidentialityIT {

    /** Read only: material review under way, every expert signed, one review scored (2025 is ScorePrintsIT's). */
    static final String CAMPAIGN = "2020-jiangsu";
    /** The office reassigns a review and names another leader. */
    static final String REASSIGNED = "2024-jiangsu";
    /** Nobody has signed the undertaking yet: one expert signs in the test. */
    static final String UNSIGNED = "2023-jiangsu";
    /** An expert recuses in the test. */
    static final String RECUSAL = "2022-jiangsu";

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired Reviews reviews;
    @Autowired Experts experts;
    @Autowired Committees committees;
    @Autowired ApplicantAccounts accounts;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    String reviewed;
    String scoredTaskId;
    String scoringExpert;
    String otherExpert;
    String openTaskOfOther;
    String notReviewed;

    /** The read-only campaign's facts, found in its records (the same whichever test runs first). */
    @BeforeEach
    void reviewsUnderWay() {
        underway(CAMPAIGN, true);
        Review scored = reviews.ofCampaign(CAMPAIGN).stream().filter(r -> r.status() == Review.Status.SUBMITTED).findFirst().orElseThrow();
        reviewed = scored.applicationNumber();
        scoringExpert = experts.find(scored.expertCode()).orElseThrow().userId();
        otherExpert = reviews.ofApplication(reviewed, ReviewStage.MATERIAL).stream().filter(r -> r.status() == Review.Status.ASSIGNED)
                .map(r -> experts.find(r.expertCode()).orElseThrow().userId()).sorted().findFirst().orElseThrow();
        scoredTaskId = engine.getHistoryService().createHistoricTaskInstanceQuery().taskAssignee(scoringExpert)
                .taskDefinitionKey("UserTask_ReviewApplication").processInstanceBusinessKeyLike(reviewed + "/%").singleResult().getId();
        openTaskOfOther = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskAssignee(otherExpert)
                .processInstanceBusinessKeyLike(CAMPAIGN + "%").orderByTaskId().asc().list().get(0).getId();
        notReviewed = jdbc.sql("select number from application where campaign_number = ? and status = 'NOT_SUBMITTED_IN_TIME'")
                .param(CAMPAIGN).query(String.class).single();
    }

    /**
     * The campaign with its material review open: two applications passed, one not submitted in time; with
     * {@code signed}, every expert signed the undertaking and the first application's first reviewer scored it.
     */
    private synchronized void underway(String campaignNumber, boolean signed) {
        if (jdbc.sql("select count(*) from committee where campaign_number = ?").param(campaignNumber).query(Integer.class).single() > 0) {
            return;
        }
        int year = Integer.parseInt(campaignNumber.substring(0, 4));
        new TestCampaigns(engine, jdbc).openProvincial(year, "jiangsu", null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        for (String unit : List.of("jiangsu-nanjing", "jiangsu-suzhou")) {
            Map<String, Object> form = TestApplications.form(unit, "保密" + year + unit + "有限公司", TestApplications.FUJIAN_CODE);
            ProcessInstance pi = cases.submit(form);
            cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
            complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            complete(pi, Map.of());
            complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        }
        ProcessInstance late = cases.submit(TestApplications.form("jiangsu-wuxi", "未评审" + year + "有限公司", TestApplications.BEIJING_CODE));
        // recommended, it never hands its materials in: the deadline's timer ends it
        cases.attachSealedRecommendation(late.getBusinessKey());
        complete(late, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(late.getId()).singleResult().getId());
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        campaigns.fireTimer(campaignNumber, "Event_ApplicationWindowCloses");
        campaigns.fireTimer(campaignNumber, "Event_RecommendationDeadline");
        String campaign = campaigns.processInstanceOf(campaignNumber);
        completeCampaignTask(campaign, Map.of());
        Map<String, Object> committee = new HashMap<>();
        committee.put(ReviewProcess.EXPERTS_PER_APPLICATION, 3);
        committee.put(ReviewProcess.AGGREGATION_POLICY, "TRIMMED_MEAN");
        committee.put(ReviewProcess.MAX_SCORE, 100);
        committee.put(ReviewProcess.CRITERION_WEIGHTS, "1,1,1");
        completeCampaignTask(campaign, committee);
        completeCampaignTask(campaign, Map.of(ReviewProcess.REVIEW_DUE_DATE,
                TestClock.today().plusDays(10).toString(), ReviewProcess.REMINDER_DAYS, 3));
        if (signed) {
            TestUndertakings.signAllInCampaign(engine, campaignNumber);
            Review first = reviews.ofCampaign(campaignNumber).stream().sorted(java.util.Comparator.comparing(Review::applicationNumber)
                    .thenComparing(Review::expertCode)).findFirst().orElseThrow();
            String expert = experts.find(first.expertCode()).orElseThrow().userId();
            Task task = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskAssignee(expert)
                    .processInstanceBusinessKeyLike(first.applicationNumber() + "/%").singleResult();
            engine.getIdentityService().setAuthentication(expert, List.of("committee"));
            try {
                tasks.complete(task.getId(), Map.of(ReviewProcess.SCORE_1, 88, ReviewProcess.SCORE_2, 77,
                        ReviewProcess.SCORE_3, 66, ReviewProcess.COMMENT, "机密评语"));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
    }

    private void completeCampaignTask(String campaign, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(campaign).singleResult().getId(), variables);
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    @Test
    void shows_the_applicant_no_review_no_score_and_no_expert() {
        String owner = jdbc.sql("select applicant_user from application where number = ?").param(reviewed).query(String.class).single();
        TestRestTemplate applicant = rest.withBasicAuth(owner, TestApplicants.PASSWORD);

        assertThat(applicant.getForObject("/engine-rest/task?processDefinitionKey=" + ReviewProcess.KEY, List.class)).isEmpty();
        assertThat(applicant.getForObject("/engine-rest/process-instance?processDefinitionKey=" + ReviewProcess.KEY, List.class)).isEmpty();
        assertThat(applicant.getForObject("/engine-rest/variable-instance?variableName=" + ReviewProcess.SCORE_1, List.class)).isEmpty();
        assertThat(applicant.getForObject("/engine-rest/history/variable-instance?variableName=" + ReviewProcess.COMMENT, List.class)).isEmpty();
        assertThat(applicant.getForObject("/engine-rest/history/task?processDefinitionKey=" + DeliberationProcess.KEY, List.class)).isEmpty();
        assertThat(applicant.getForEntity("/engine-rest/task/" + openTaskOfOther + "/variables", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(applicant.getForEntity("/engine-rest/history/task/" + scoredTaskId, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(applicant.getForEntity("/api/campaigns/" + CAMPAIGN + "/reviews", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String ownCase = applicant.getForObject("/api/applications/" + reviewed, String.class);
        assertThat(ownCase).doesNotContain("机密评语").doesNotContain(scoringExpert).doesNotContain("\"score");

        WebSession tasklist = new WebSession(port);
        tasklist.login("tasklist", owner, TestApplicants.PASSWORD);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task", "application/json",
                "{\"processDefinitionKey\":\"" + ReviewProcess.KEY + "\"}").body()).isEqualTo("[]");
    }

    @Test
    void shows_an_expert_only_their_own_reviews_and_applications() {
        TestRestTemplate other = rest.withBasicAuth(otherExpert, "demo");

        List<Map<String, Object>> ownTasks = other.getForObject("/engine-rest/task?processDefinitionKey=" + ReviewProcess.KEY, List.class);
        assertThat(ownTasks).isNotEmpty().allSatisfy(task -> assertThat(task).containsEntry("assignee", otherExpert));
        assertThat(other.getForEntity("/engine-rest/history/task/" + scoredTaskId, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(other.getForObject("/engine-rest/history/variable-instance?variableName=" + ReviewProcess.SCORE_1, List.class)).isEmpty();
        assertThat(other.getForObject("/engine-rest/variable-instance?variableName=" + ReviewProcess.SCORE_1, List.class)).isEmpty();
        assertThat(other.getForEntity("/api/applications/" + reviewed, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(other.getForEntity("/api/campaigns/" + CAMPAIGN + "/reviews", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(other.getForEntity("/api/applications/" + notReviewed, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth(scoringExpert, "demo").getForEntity("/engine-rest/task/" + openTaskOfOther + "/variables",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        WebSession tasklist = new WebSession(port);
        tasklist.login("tasklist", otherExpert, "demo");
        String someoneElses = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).list().stream()
                .filter(task -> !otherExpert.equals(task.getAssignee())).findFirst().orElseThrow().getId();
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + someoneElses + "/form-variables").statusCode())
                .isEqualTo(403);
    }

    @Test
    void lets_only_the_assigned_expert_work_a_review_and_nobody_hand_it_on() {
        TestRestTemplate other = rest.withBasicAuth(otherExpert, "demo");
        String someoneElses = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).list().stream()
                .filter(task -> !otherExpert.equals(task.getAssignee())).findFirst().orElseThrow().getId();
        String own = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskAssignee(otherExpert).list().get(0).getId();

        assertThat(other.postForEntity("/engine-rest/task/" + someoneElses + "/complete", Map.of(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.postForEntity("/engine-rest/task/" + own + "/assignee", Map.of("userId", "applicant1"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(own).singleResult().getAssignee()).isEqualTo(otherExpert);
    }

    @Test
    void lets_the_office_give_a_review_to_another_expert_and_name_another_leader() {
        underway(REASSIGNED, true);
        Review open = reviews.ofCampaign(REASSIGNED).stream().filter(r -> r.status() == Review.Status.ASSIGNED)
                .sorted(java.util.Comparator.comparing(Review::id)).findFirst().orElseThrow();
        HttpHeaders script = new HttpHeaders();
        script.set("X-Requested-With", "XMLHttpRequest");

        String someExpert = experts.find(open.expertCode()).orElseThrow().userId();
        assertThat(rest.withBasicAuth(someExpert, "demo").postForEntity("/api/reviews/" + open.id() + "/reassign",
                new HttpEntity<>(Map.of("reason", "x"), script), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("jiangsu-office", "demo").postForEntity("/api/reviews/" + open.id() + "/reassign",
                new HttpEntity<>(Map.of("reason", "专家出国"), script), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<Review> after = reviews.ofApplication(open.applicationNumber(), ReviewStage.MATERIAL);
        assertThat(reviews.find(open.id()).orElseThrow()).extracting(Review::status, Review::recusalReason)
                .containsExactly(Review.Status.REASSIGNED, "办公室改派：专家出国");
        assertThat(after.stream().filter(r -> r.status() == Review.Status.ASSIGNED || r.status() == Review.Status.SUBMITTED))
                .hasSize(3).extracting(Review::expertCode).doesNotContain(open.expertCode());
        String expertUser = experts.find(open.expertCode()).orElseThrow().userId();
        assertThat(tasks.createTaskQuery().taskAssignee(expertUser)
                .processInstanceBusinessKeyLike(open.applicationNumber() + "/%").count()).isZero();

        assertThat(rest.withBasicAuth("jiangsu-office", "demo").exchange("/api/campaigns/" + REASSIGNED + "/groups/MANAGEMENT/leader",
                HttpMethod.PUT, new HttpEntity<>(Map.of("expert", "E99"), script), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("jiangsu-office", "demo").exchange("/api/campaigns/" + REASSIGNED + "/groups/MANAGEMENT/leader",
                HttpMethod.PUT, new HttpEntity<>(Map.of("expert", "E02"), script), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void shows_the_office_every_review_with_late_ones_marked() {
        List<Map<String, Object>> overview = rest.withBasicAuth("jiangsu-office", "demo")
                .getForObject("/api/campaigns/" + CAMPAIGN + "/reviews", List.class);

        assertThat(overview).hasSizeGreaterThanOrEqualTo(6).allSatisfy(review -> assertThat(review).containsKeys("expertName", "late", "status"));
        assertThat(rest.withBasicAuth("auditor", "demo").getForObject("/api/campaigns/" + CAMPAIGN + "/reviews", List.class))
                .hasSize(overview.size());
    }

    @Test
    void opens_an_application_to_its_expert_only_once_they_signed_the_campaign_s_undertaking() {
        underway(UNSIGNED, false);
        Review review = reviews.ofCampaign(UNSIGNED).stream().sorted(java.util.Comparator.comparing(Review::id)).findFirst().orElseThrow();
        String expert = experts.find(review.expertCode()).orElseThrow().userId();
        TestRestTemplate asExpert = rest.withBasicAuth(expert, "demo");
        String abstractText = jdbc.sql("select abstract_text from application where number = ?").param(review.applicationNumber())
                .query(String.class).single();
        Task sign = tasks.createTaskQuery().taskAssignee(expert).taskDefinitionKey(Undertakings.SIGN_TASK)
                .processInstanceBusinessKeyLike(review.applicationNumber() + "/%").singleResult();

        assertThat(asExpert.getForEntity("/api/applications/" + review.applicationNumber(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asExpert.getForEntity("/api/applications/" + review.applicationNumber() + "/documents", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asExpert.getForObject("/engine-rest/task/" + sign.getId() + "/variables", String.class)).doesNotContain(abstractText);
        assertThat(asExpert.getForObject("/engine-rest/process-instance/" + sign.getProcessInstanceId() + "/variables", String.class))
                .doesNotContain(abstractText);
        assertThat(asExpert.postForEntity("/engine-rest/task/" + sign.getId() + "/complete", variables(Map.of()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(asExpert.postForEntity("/engine-rest/task/" + sign.getId() + "/complete",
                variables(Map.of(ConfidentialityUndertaking.ACCEPTED, true)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("select signed_by from confidentiality_undertaking where campaign_number = ? and user_id = ?")
                .params(UNSIGNED, expert).query(String.class).single()).isEqualTo(expert);
        assertThat(asExpert.getForEntity("/api/applications/" + review.applicationNumber(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(asExpert.getForEntity("/api/applications/" + review.applicationNumber() + "/documents", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Task reviewTask = tasks.createTaskQuery().taskAssignee(expert).taskDefinitionKey("UserTask_ReviewApplication")
                .processInstanceBusinessKeyLike(review.applicationNumber() + "/%").singleResult();
        assertThat(asExpert.getForObject("/engine-rest/task/" + reviewTask.getId() + "/variables", String.class)).contains(abstractText);
    }

    @Test
    void takes_an_application_s_materials_from_an_expert_once_they_recuse_from_it() {
        underway(RECUSAL, true);
        Committee committee = committees.find(RECUSAL).orElseThrow();
        // a group's leader may not recuse (they read every score of the group): another member does
        Review review = reviews.ofCampaign(RECUSAL).stream().filter(r -> r.status() == Review.Status.ASSIGNED)
                .filter(r -> !r.expertCode().equals(committee.group(r.groupCode()).orElseThrow().leader()))
                .sorted(java.util.Comparator.comparing(Review::id)).findFirst().orElseThrow();
        String expert = experts.find(review.expertCode()).orElseThrow().userId();
        TestRestTemplate asExpert = rest.withBasicAuth(expert, "demo");
        String document = jdbc.sql("select id from application_document where application_number = ? order by id")
                .param(review.applicationNumber()).query(String.class).list().get(0);
        assertThat(asExpert.getForEntity("/api/applications/" + review.applicationNumber() + "/documents", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(asExpert.getForEntity("/api/documents/" + document, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Task task = tasks.createTaskQuery().taskAssignee(expert).taskDefinitionKey("UserTask_ReviewApplication")
                .processInstanceBusinessKeyLike(review.applicationNumber() + "/%").singleResult();

        assertThat(asExpert.postForEntity("/engine-rest/task/" + task.getId() + "/complete", variables(Map.of(ReviewProcess.RECUSE, true,
                ReviewProcess.RECUSAL_REASON, "曾为该企业提供咨询")), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(reviews.find(review.id()).orElseThrow().status()).isEqualTo(Review.Status.RECUSED);
        assertThat(asExpert.getForEntity("/api/applications/" + review.applicationNumber(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asExpert.getForEntity("/api/applications/" + review.applicationNumber() + "/documents", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asExpert.getForEntity("/api/documents/" + document, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
