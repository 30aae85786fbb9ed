package org.caq.benchmark.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplicants;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestUndertakings;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.review.Review;
import org.caq.benchmark.review.ReviewKeys;
import org.caq.benchmark.review.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's pages over their API, as the office, a unit, an applicant and an auditor call them: the campaigns each
 * follows, one campaign's progress (stages, quotas, reviews, late ones), the committee with who may lead each group;
 * and the office's two remedies refused to everybody else and for every broken rule, in Chinese, changing nothing.
 */
@BenchmarkSpringTest
class OfficePagesIT {

    static final String CAMPAIGN = "2013-jiangsu";
    /** A national campaign the national unit recommends in (PrintablesIT opens the same one, as registered here). */
    private static final int NATIONAL_YEAR = 2018;
    static final String UNIT = "jiangsu-nanjing";

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired Reviews reviews;
    @Autowired TestRestTemplate rest;

    String applicant;

    /** Jiangsu's 2013 selection in material review: two applications, three experts each, one recused, one review late. */
    @BeforeEach
    void materialReviewUnderWay() {
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> first = TestApplications.form(UNIT, "进度甲有限公司", TestApplications.JIANGSU_CODE);
        applicant = cases.applicantOf(first);
        if (jdbc.sql("select count(*) from committee where campaign_number = ?").param(CAMPAIGN).query(Integer.class).single() > 0) {
            return;
        }
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        campaigns.openProvincial(2013, "jiangsu", null);
        campaigns.registerNational(NATIONAL_YEAR);
        for (Map<String, Object> form : List.of(first, TestApplications.form("jiangsu-suzhou", "进度乙有限公司", TestApplications.JIANGSU_CODE))) {
            ProcessInstance pi = cases.submit(form);
            cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
            complete(pi.getId(), Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            complete(pi.getId(), Map.of());
            complete(pi.getId(), Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        }
        campaigns.fireTimer(CAMPAIGN, "Event_ApplicationWindowCloses");
        campaigns.fireTimer(CAMPAIGN, "Event_RecommendationDeadline");
        String campaign = campaigns.processInstanceOf(CAMPAIGN);
        complete(campaign, Map.of());
        Map<String, Object> committee = new HashMap<>();
        committee.put(ReviewProcess.EXPERTS_PER_APPLICATION, 3);
        committee.put(ReviewProcess.AGGREGATION_POLICY, "MEAN");
        committee.put(ReviewProcess.MAX_SCORE, 100);
        committee.put(ReviewProcess.CRITERION_WEIGHTS, "1,1,1");
        complete(campaign, committee);
        complete(campaign, Map.of(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(), ReviewProcess.REMINDER_DAYS, 3));
        TestUndertakings.signAllInCampaign(engine, CAMPAIGN);

        String leader = jdbc.sql("select leader from expert_group where campaign_number = ?").param(CAMPAIGN).query(String.class).single();
        List<Review> open = reviews.ofCampaign(CAMPAIGN).stream().filter(r -> !r.expertCode().equals(leader)).toList();
        Task recusing = reviewTask(open.get(0));
        tasks.complete(recusing.getId(), Map.of(ReviewProcess.RECUSE, true, ReviewProcess.RECUSAL_REASON, "本人曾为该企业提供咨询"));
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(reviewTask(open.get(1)).getProcessInstanceId())
                .timers().singleResult();
        engine.getManagementService().executeJob(overdue.getId());
    }

    @Test
    void lists_each_user_the_campaigns_they_follow_in_their_role() {
        assertThat(campaigns("jiangsu-office")).filteredOn(c -> CAMPAIGN.equals(c.get("number"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("role", "OFFICE").containsEntry("title", "2013年省工业和信息化厅质量标杆遴选")
                        .containsEntry("statusName", "资料评审中"));
        assertThat(campaigns("office")).anySatisfy(c -> assertThat(c).containsEntry("number", CAMPAIGN).containsEntry("role", "OFFICE"));
        assertThat(campaigns("auditor")).anySatisfy(c -> assertThat(c).containsEntry("number", CAMPAIGN).containsEntry("role", "READER"));
        assertThat(campaigns("jiangsu")).as("the national unit recommends in national campaigns, not in Jiangsu's own")
                .anySatisfy(c -> assertThat(c).containsEntry("number", NATIONAL_YEAR + "-national"))
                .allSatisfy(c -> assertThat(c).containsEntry("role", "UNIT"))
                .noneSatisfy(c -> assertThat(c).containsEntry("number", CAMPAIGN));
        assertThat(campaigns("expert1")).isEmpty();
        assertThat(rest.withBasicAuth(applicant, TestApplicants.PASSWORD).getForObject("/api/campaigns", List.class)).isEmpty();
    }

    @Test
    void shows_the_office_each_stage_each_unit_s_quota_and_each_group_s_reviews() {
        Map<String, Object> progress = rest.withBasicAuth("jiangsu-office", "demo")
                .getForObject("/api/campaigns/" + CAMPAIGN + "/progress", Map.class);

        assertThat(progress).containsEntry("applications", 2).containsEntry("lateReviews", 1).containsEntry("mayAct", true);
        assertThat((List<Map<String, Object>>) progress.get("stages"))
                .anySatisfy(s -> assertThat(s).containsEntry("name", "资料评审中").containsEntry("count", 2))
                .anySatisfy(s -> assertThat(s).containsEntry("name", "待推荐单位推荐").containsEntry("count", 0));
        assertThat((List<Map<String, Object>>) progress.get("quotas")).first().satisfies(q -> assertThat(q)
                .containsEntry("applications", 1).containsEntry("used", 1).containsEntry("waiting", 0)
                .satisfies(line -> assertThat((Integer) line.get("remaining")).isEqualTo((Integer) line.get("quota") - 1)));
        assertThat((List<Map<String, Object>>) progress.get("reviews")).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("stage", "资料评审").containsEntry("group", "管理方法组").containsEntry("submitted", 0)
                .containsEntry("open", 6).containsEntry("late", 1).containsEntry("handedOver", (int) reviews.ofCampaign(CAMPAIGN).stream()
                        .filter(r -> r.status() == Review.Status.RECUSED || r.status() == Review.Status.REASSIGNED).count()));
        assertThat(rest.withBasicAuth("auditor", "demo").getForObject("/api/campaigns/" + CAMPAIGN + "/progress", Map.class))
                .as("the auditor reads, and is offered no remedy").containsEntry("mayAct", false);
        for (String[] stranger : List.of(new String[] {"jiangsu", "demo"}, new String[] {"expert1", "demo"},
                new String[] {applicant, TestApplicants.PASSWORD})) {
            ResponseEntity<Map> refused = rest.withBasicAuth(stranger[0], stranger[1])
                    .getForEntity("/api/campaigns/" + CAMPAIGN + "/progress", Map.class);
            assertThat(refused.getStatusCode()).as(stranger[0]).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat((String) refused.getBody().get("message")).contains("不存在，或您无权查看");
        }
    }

    @Test
    void refuses_a_leader_who_recused_or_is_no_member_and_anyone_but_the_office() {
        Review recused = reviews.ofCampaign(CAMPAIGN).stream().filter(r -> r.status() == Review.Status.RECUSED).findFirst().orElseThrow();
        Map<String, Object> committee = rest.withBasicAuth("jiangsu-office", "demo")
                .getForObject("/api/campaigns/" + CAMPAIGN + "/committee", Map.class);
        List<Map<String, Object>> members = (List<Map<String, Object>>) ((List<Map<String, Object>>) committee.get("groups")).get(0).get("members");
        assertThat(members).filteredOn(m -> recused.expertCode().equals(m.get("code"))).singleElement()
                .satisfies(m -> assertThat((String) m.get("cannotLead")).contains(recused.applicationNumber() + " 已声明回避"));

        ResponseEntity<Map> refused = leader("jiangsu-office", "demo", recused.expertCode());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("须回避本组申报").contains("已声明回避").contains("不能任组长");
        assertThat(leader("jiangsu-office", "demo", "E11").getBody().get("message")).asString().startsWith("组长须为本组成员");
        assertThat(leader("jiangsu", "demo", recused.expertCode()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(leader("expert1", "demo", "E01").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(leader("auditor", "demo", "E01").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select leader from expert_group where campaign_number = ?").param(CAMPAIGN).query(String.class).single())
                .isNotEqualTo(recused.expertCode());
    }

    @Test
    void refuses_a_reassignment_by_a_unit_or_without_a_proper_reason_and_of_a_review_already_handed_over() {
        Review open = reviews.ofCampaign(CAMPAIGN).stream().filter(r -> r.status() == Review.Status.ASSIGNED && !r.late())
                .findFirst().orElseThrow();
        Review recused = reviews.ofCampaign(CAMPAIGN).stream().filter(r -> r.status() == Review.Status.RECUSED).findFirst().orElseThrow();

        assertThat(reassign("jiangsu", "demo", open.id(), "专家出差").getStatusCode()).as("a national unit").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reassign(applicant, TestApplicants.PASSWORD, open.id(), "专家出差").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reassign("auditor", "demo", open.id(), "专家出差").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reassign("jiangsu-office", "demo", open.id(), " ").getBody()).containsEntry("message", "请写明改派理由（500 字以内）。");
        assertThat(reassign("jiangsu-office", "demo", open.id(), "因".repeat(501)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> control = reassign("jiangsu-office", "demo", open.id(), "专家\u0007出差");
        assertThat(control.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) control.getBody().get("message")).contains("控制字符");
        assertThat(reassign("jiangsu-office", "demo", recused.id(), "专家出差").getBody()).containsEntry("message", "这项评审已交出，不能改派。");
        assertThat(reviews.find(open.id()).orElseThrow().status()).as("nothing changed").isEqualTo(Review.Status.ASSIGNED);

        assertThat(reassign("jiangsu-office", "demo", open.id(), "专家出差，无法按期评审").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(reviews.find(open.id()).orElseThrow().status()).isEqualTo(Review.Status.REASSIGNED);
        assertThat(reassign("jiangsu-office", "demo", open.id(), "再改一次").getBody()).containsEntry("message", "这项评审已交出，不能改派。");
    }

    @Test
    void tells_the_applicant_the_dates_the_next_step_and_its_deadline() {
        List<Map<String, Object>> mine = rest.withBasicAuth(applicant, TestApplicants.PASSWORD).exchange("/api/applications/mine/status",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();

        assertThat(mine).filteredOn(a -> ((String) a.get("number")).startsWith(CAMPAIGN)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("statusName", "资料评审中").containsEntry("campaignTitle", "2013年省工业和信息化厅质量标杆遴选")
                    .containsKey("submittedAt").doesNotContainKey("title");
            assertThat((List<Map<String, Object>>) a.get("steps")).extracting(s -> s.get("name")).containsExactly("提交申报",
                    "待推荐单位推荐", "已获推荐，待上传申报材料", "形式审查中", "形式审查通过，待资料评审", "资料评审中");
            assertThat((Map<String, Object>) a.get("next")).containsEntry("dueText", "资料评审预计完成")
                    .satisfies(next -> assertThat((String) next.get("due")).startsWith(TestClock.today().plusDays(10) + "T15:59"));
            assertThat(a.toString()).as("no expert, score or recusal reaches the applicant").doesNotContain("E0", "咨询", "recus");
        });
    }

    private List<Map<String, Object>> campaigns(String user) {
        return rest.withBasicAuth(user, "demo").exchange("/api/campaigns", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private ResponseEntity<Map> leader(String user, String password, String expert) {
        return rest.withBasicAuth(user, password).exchange("/api/campaigns/" + CAMPAIGN + "/groups/MANAGEMENT/leader", HttpMethod.PUT,
                new HttpEntity<>(Map.of("expert", expert), script()), Map.class);
    }

    private ResponseEntity<Map> reassign(String user, String password, String review, String reason) {
        return rest.withBasicAuth(user, password).exchange("/api/reviews/" + review + "/reassign", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", reason), script()), Map.class);
    }

    private static HttpHeaders script() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        return headers;
    }

    private Task reviewTask(Review review) {
        return tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskDefinitionKey("UserTask_ReviewApplication")
                .processInstanceBusinessKey(ReviewKeys.review(review.applicationNumber(), review.stage(), review.expertCode())).singleResult();
    }

    private void complete(String processInstance, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId(), variables);
    }
}
