package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestReviews;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office works its tasks through its TASK * READ and a per-task TASK_WORK (TaskWorkGrants); everybody else still
 * sees only their own tasks, however they ask: /engine-rest lists and counts, history, a task by id, another role's
 * Tasklist filter, the webapps' API. The cases are made once and left open; no test completes them.
 */
@BenchmarkSpringTest
class TaskVisibilityIT {

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired AuthorizationService authorizations;
    @Autowired IdentityBootstrap bootstrap;
    @LocalServerPort int port;

    /** Registered in Lhasa: Tibet's unit, whose quota no other test uses. */
    private static final String XIZANG_CODE = "91540100MA0000000X";

    /**
     * Made once per database: a Tibetan case recommended (the office's form review open), Jiangsu's and Shandong's
     * cases awaiting their units.
     */
    static ProcessInstance recommended;
    static ProcessInstance atJiangsu;
    static ProcessInstance atShandong;
    static String formReview;
    String formReviewFilter;

    @BeforeEach
    void casesAtTheUnitsAndTheOffice() {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        formReviewFilter = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.FORM_REVIEW).singleResult().getId();
        if (recommended != null) {
            return;
        }
        recommended = atUnit("xizang", "可见性甲高原装备有限公司", XIZANG_CODE);
        atJiangsu = atUnit("jiangsu", "可见性乙精密机械有限公司", TestApplications.JIANGSU_CODE);
        atShandong = atUnit("shandong", "可见性丙新材料有限公司", TestApplications.SHANDONG_CODE);
        engine.getTaskService().complete(onlyTaskOf(recommended).getId(),
                Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        engine.getTaskService().complete(onlyTaskOf(recommended).getId());
        formReview = onlyTaskOf(recommended).getId();
    }

    @Test
    void grants_the_office_work_on_its_task_without_a_read_of_its_own_and_every_other_candidate_both() {
        Authorization office = grantOn(formReview, "office");
        Authorization unit = grantOn(onlyTaskOf(atShandong).getId(), "unit-shandong");

        assertThat(office.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(office.isPermissionGranted(TaskPermissions.READ)).isFalse();
        assertThat(unit.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(unit.isPermissionGranted(TaskPermissions.READ)).isTrue();
    }

    @Test
    void lets_the_office_list_count_filter_claim_and_read_its_form_review() {
        TestRestTemplate office = rest.withBasicAuth("office", "demo");

        assertThat(office.getForObject("/engine-rest/task?processInstanceId=" + recommended.getId(), List.class)).hasSize(1);
        assertThat(office.getForObject("/engine-rest/task/count?processInstanceId=" + recommended.getId(), Map.class))
                .containsEntry("count", 1);
        assertThat(office.postForObject("/engine-rest/filter/" + formReviewFilter + "/count",
                Map.of("processInstanceId", recommended.getId()), Map.class)).containsEntry("count", 1);
        assertThat(office.getForEntity("/engine-rest/task/" + formReview + "/form-variables", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(office.postForEntity("/engine-rest/task/" + formReview + "/claim", Map.of("userId", "office"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().taskId(formReview).singleResult().getAssignee()).isEqualTo("office");
        // handing a task back needs TASK_ASSIGN, which no candidate holds (default-user-permission-name-for-task)
        engine.getTaskService().setAssignee(formReview, null);
    }

    @Test
    void shows_a_unit_only_its_own_tasks_in_lists_counts_history_and_filters() {
        TestRestTemplate shandong = rest.withBasicAuth("shandong", "demo");

        List<Map<String, Object>> listed = shandong.getForObject("/engine-rest/task?maxResults=1000", List.class);
        assertThat(listed).extracting(task -> task.get("id")).contains(onlyTaskOf(atShandong).getId())
                .doesNotContain(formReview, onlyTaskOf(atJiangsu).getId());
        listed.forEach(task -> assertThat(isOwn((String) task.get("id"), "shandong", Set.of("unit-shandong"))).isTrue());
        assertThat(shandong.getForObject("/engine-rest/task/count", Map.class)).containsEntry("count", listed.size());
        for (ProcessInstance foreign : List.of(recommended, atJiangsu)) {
            assertThat(shandong.getForObject("/engine-rest/task?processInstanceId=" + foreign.getId(), List.class)).isEmpty();
            assertThat(shandong.getForObject("/engine-rest/task/count?processInstanceId=" + foreign.getId(), Map.class))
                    .containsEntry("count", 0);
            assertThat(shandong.getForObject("/engine-rest/history/task?processInstanceId=" + foreign.getId(), List.class)).isEmpty();
            assertThat(shandong.getForObject("/engine-rest/history/task/count?processInstanceId=" + foreign.getId(), Map.class))
                    .containsEntry("count", 0);
        }
        assertThat(shandong.getForEntity("/engine-rest/task/" + formReview, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(shandong.postForEntity("/engine-rest/task/" + onlyTaskOf(atJiangsu).getId() + "/claim",
                Map.of("userId", "shandong"), String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(shandong.getForEntity("/engine-rest/filter/" + formReviewFilter + "/list", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(shandong.postForEntity("/engine-rest/filter/" + formReviewFilter + "/count", new HttpEntity<>(Map.of()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String myTasks = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult().getId();
        List<Map<String, Object>> mine = shandong.getForObject("/engine-rest/filter/" + myTasks + "/list", List.class);
        mine.forEach(task -> assertThat(isOwn((String) task.get("id"), "shandong", Set.of("unit-shandong"))).isTrue());
        assertThat(mine).extracting(task -> task.get("id")).contains(onlyTaskOf(atShandong).getId());
    }

    @Test
    void shows_a_unit_in_tasklist_what_it_sees_through_rest_and_not_the_office_s_filter() {
        WebSession tasklist = new WebSession(port);
        tasklist.login("tasklist", "jiangsu", "demo");
        int viaRest = (Integer) rest.withBasicAuth("jiangsu", "demo").getForObject("/engine-rest/task/count", Map.class).get("count");

        String count = tasklist.post("/camunda/api/engine/engine/default/task/count", "application/json", "{}").body();
        String listed = tasklist.post("/camunda/api/engine/engine/default/task", "application/json", "{}").body();

        assertThat(count).isEqualTo("{\"count\":" + viaRest + "}");
        assertThat(listed).contains(onlyTaskOf(atJiangsu).getId()).doesNotContain(onlyTaskOf(atShandong).getId())
                .doesNotContain(formReview);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/filter/" + formReviewFilter + "/list", "application/json", "{}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void shows_an_expert_only_their_own_reviews_and_an_applicant_none_of_another_s_case() {
        TestReviews.materialReviewUnderWay(engine, jdbc, store, accounts);
        List<Task> reviews = engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_ReviewApplication").list();
        String expert = reviews.get(0).getAssignee();
        List<String> othersReviews = reviews.stream().filter(r -> !expert.equals(r.getAssignee())).map(Task::getId).toList();
        assertThat(othersReviews).isNotEmpty();
        TestRestTemplate asExpert = rest.withBasicAuth(expert, "demo");

        List<Map<String, Object>> listed = asExpert.getForObject("/engine-rest/task?maxResults=1000", List.class);
        Set<String> groups = engine.getIdentityService().createGroupQuery().groupMember(expert).list().stream()
                .map(g -> g.getId()).collect(Collectors.toSet());
        assertThat(listed).isNotEmpty().extracting(task -> task.get("id")).doesNotContainAnyElementsOf(othersReviews)
                .doesNotContain(formReview);
        listed.forEach(task -> assertThat(isOwn((String) task.get("id"), expert, groups)).isTrue());
        assertThat(asExpert.getForObject("/engine-rest/task/count", Map.class)).containsEntry("count", listed.size());
        assertThat(asExpert.getForEntity("/engine-rest/task/" + othersReviews.get(0) + "/form-variables", String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(asExpert.getForObject("/engine-rest/history/task?taskId=" + othersReviews.get(0), List.class)).isEmpty();
        assertThat(asExpert.getForEntity("/engine-rest/filter/" + formReviewFilter + "/list", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        TestRestTemplate applicant2 = rest.withBasicAuth("applicant2", "demo");
        assertThat(applicant2.getForObject("/engine-rest/task?processInstanceId=" + recommended.getId(), List.class)).isEmpty();
        assertThat(applicant2.getForObject("/engine-rest/task/count?processInstanceId=" + recommended.getId(), Map.class))
                .containsEntry("count", 0);
        assertThat(applicant2.getForObject("/engine-rest/history/task?processInstanceId=" + recommended.getId(), List.class)).isEmpty();
        assertThat(applicant2.getForObject("/engine-rest/task?maxResults=1000", List.class))
                .allSatisfy(task -> assertThat(isOwn((String) ((Map<String, Object>) task).get("id"), "applicant2", Set.of())).isTrue());
    }

    @Test
    void takes_the_read_off_office_grants_written_before_at_the_next_start() {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.newTask();
        task.setName("升级前的办公室任务");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), "office");
        try {
            Authorization before = grantOn(task.getId(), "office");
            before.addPermission(TaskPermissions.READ);
            authorizations.saveAuthorization(before);

            bootstrap.run();

            Authorization after = grantOn(task.getId(), "office");
            assertThat(after.isPermissionGranted(TaskPermissions.READ)).isFalse();
            assertThat(after.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(grantOn(onlyTaskOf(atShandong).getId(), "unit-shandong").isPermissionGranted(TaskPermissions.READ)).isTrue();
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }

    /** The engine's checks get the user's groups unfiltered (UnfilteredGroups): a group without grants adds nothing. */
    @Test
    void sees_the_same_with_a_group_without_grants_beside_the_unit_s_own_and_nothing_with_that_group_alone() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSessionFactories()
                .get(AuthorizationManager.class)).isInstanceOf(UnfilteredGroups.Factory.class);
        IdentityService identity = engine.getIdentityService();
        TaskService tasks = engine.getTaskService();
        String shandong = onlyTaskOf(atShandong).getId();
        String jiangsu = onlyTaskOf(atJiangsu).getId();
        try {
            identity.setAuthentication("visibility-probe", List.of("unit-shandong"));
            List<String> own = tasks.createTaskQuery().list().stream().map(Task::getId).toList();
            assertThat(own).contains(shandong).doesNotContain(jiangsu, formReview);

            identity.setAuthentication("visibility-probe", List.of("unit-shandong", "group-without-grants"));
            assertThat(tasks.createTaskQuery().list()).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(own);
            assertThat(tasks.createTaskQuery().count()).isEqualTo(own.size());

            identity.setAuthentication("visibility-probe", List.of("group-without-grants"));
            assertThat(tasks.createTaskQuery().count()).isZero();
            assertThatThrownBy(() -> tasks.complete(shandong)).isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(onlyTaskOf(atShandong).getId()).isEqualTo(shandong);
    }

    private ProcessInstance atUnit(String unit, String enterprise, String code) {
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form(unit, enterprise, code);
        ProcessInstance instance = cases.submit(form);
        cases.attachRequiredMaterials(instance.getBusinessKey(), cases.applicantOf(form));
        return instance;
    }

    private Task onlyTaskOf(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Authorization grantOn(String taskId, String group) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).groupIdIn(group)
                .singleResult();
    }

    /** Assigned to the user, or the user or one of the user's groups a candidate. */
    private boolean isOwn(String taskId, String user, Set<String> groups) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (user.equals(task.getAssignee())) {
            return true;
        }
        List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(taskId);
        return links.stream().anyMatch(link -> "candidate".equals(link.getType())
                && (user.equals(link.getUserId()) || groups.contains(link.getGroupId())));
    }
}
