package org.caq.benchmark.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caq.benchmark.guard.EngineRest.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nobody moves a case except through its steps (issue 14): the attacks seen in the outside test, for each of the seven
 * processes, through /engine-rest and the webapps' API as the real demo roles, refused with nothing changed anywhere in
 * the database; and for the administrator, who may, every step still refuses a record that is not its instance's own.
 */
@BenchmarkSpringTest
class StepsOnlyIT {

    static final String GUARD = "只有系统管理员";
    /** Both refusals of a record that is not the instance's own: another instance's, or none. */
    static final String NOT_OWN = "本次操作未作任何更改";

    @Autowired ApplicationContext context;
    @Autowired ProcessEngine engine;
    @Autowired AuthorizationService authorizations;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Applications applications;
    @Autowired TestRestTemplate template;
    @LocalServerPort int port;

    EngineRest rest;
    RunningCases.Made cases;

    @BeforeEach
    void runningCases() {
        rest = new EngineRest(template);
        cases = RunningCases.ensure(context);
    }

    /** One attempt to start a process part-way: who, which process, with which business key, where. */
    record Start(String user, String process, String businessKey, String instruction, String activity, Map<String, Object> variables) {

        @Override
        public String toString() {
            return user + " starts " + process + " " + instruction + " " + activity + " as " + businessKey;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("businessKey", businessKey);
            body.put("startInstructions", List.of(Map.of("type", instruction, "activityId", activity)));
            Map<String, Object> typed = new HashMap<>();
            variables.forEach((name, value) -> typed.put(name, value(value)));
            body.put("variables", typed);
            return body;
        }

        String path() {
            return "/process-definition/key/" + process + "/start";
        }
    }

    private List<Start> startsPartWay() {
        Map<String, Object> revision = TestApplications.form("jiangsu", "篡改内容有限公司", TestApplications.JIANGSU_CODE);
        String application = ApplicationProcess.KEY;
        String before = "startBeforeActivity";
        return List.of(
                // an applicant: a fresh case straight to 形式审查通过, to the preliminary list, to 获评质量标杆
                new Start("applicant1", application, cases.ownApplication().key(), before, "Event_MaterialReviewOpened", Map.of()),
                new Start("applicant1", application, "2020-national-9999", before, "Gateway_ListOutcome", Map.of()),
                new Start("applicant1", application, cases.ownApplication().key(), before, "EndEvent_Awarded", Map.of()),
                new Start("applicant1", application, cases.ownApplication().key(), "startAfterActivity", "ServiceTask_RecordFormReview",
                        Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass")),
                // an applicant: another enterprise's case back to revision, its content overwritten
                new Start("applicant1", application, cases.otherApplication().key(), before, "ServiceTask_UpdateApplication", revision),
                new Start("applicant2", application, cases.ownApplication().key(), before, "UserTask_ReviseApplication", Map.of()),
                // a provincial office: the national campaign's objection window closed early
                new Start("jiangsu-office", CampaignProcess.KEY, cases.publicityCampaign().key(), before, "ServiceTask_EndPublicityPeriod", Map.of()),
                new Start("office", CampaignProcess.KEY, cases.publicityCampaign().key(), "startAfterActivity", "Event_PublicityPeriodEnds", Map.of()),
                new Start("office", CampaignProcess.KEY, cases.publicityCampaign().key(), before, "ServiceTask_AnnounceResults", Map.of()),
                new Start("office", CampaignProcess.KEY, cases.publicityCampaign().key(), before, "Event_SendResultAnnounced", Map.of()),
                // the other five processes, by the roles that work in them
                new Start("office", TitleProcess.REVOCATION_KEY, cases.revocation().key(), before, "ServiceTask_RecordRevocationDecision",
                        Map.of(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "直接撤销")),
                new Start("jiangsu-office", TitleProcess.REVOCATION_KEY, cases.revocation().key(), before, "UserTask_DecideRevocation", Map.of()),
                new Start(cases.reviewer(), ReviewProcess.KEY, cases.review().key(), before, "ServiceTask_RecordReview",
                        Map.of(ReviewProcess.SCORE_1, 100, ReviewProcess.SCORE_2, 100, ReviewProcess.SCORE_3, 100, ReviewProcess.COMMENT, "满分")),
                new Start("office", ReviewProcess.KEY, cases.review().key(), before, "UserTask_ReviewApplication", Map.of()),
                new Start(cases.leader(), DeliberationProcess.KEY, cases.deliberation().key(), before, "ServiceTask_RecordDeliberation",
                        Map.of(ReviewProcess.RATIONALE, "直接入围")),
                new Start(cases.leader(), DeliberationProcess.KEY, cases.deliberation().key(), before, "EndEvent_MaterialReviewDecided",
                        Map.of()),
                new Start("office", PublicityProcess.OBJECTION_KEY, cases.objection().key(), before, "ServiceTask_RecordObjectionDecision",
                        Map.of(PublicityProcess.DECISION, "uphold", PublicityProcess.DECISION_REASON, "成立")),
                new Start("chair", PublicityProcess.OBJECTION_KEY, cases.objection().key(), before, "ServiceTask_RecordVote",
                        Map.of(PublicityProcess.VOTER, "chair", PublicityProcess.VOTE, "uphold", PublicityProcess.VOTE_OPINION, "成立")),
                new Start("applicant1", TitleProcess.KEY, cases.title().key(), before, "ServiceTask_RecordPromotionVideo", Map.of()),
                new Start("office", TitleProcess.KEY, cases.title().key(), before, "ServiceTask_RecordPlaque", Map.of()));
    }

    @Test
    void refuses_every_role_a_start_part_way_in_each_of_the_seven_processes_and_changes_nothing() {
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        for (Start start : startsPartWay()) {
            ResponseEntity<String> answer = rest.post(start.user(), start.path(), start.body());
            assertThat(answer.getStatusCode().value()).as(start + " " + answer.getBody()).isEqualTo(403);
            if (mayCreate(start)) {
                assertThat(answer.getBody()).as(start.toString()).contains(GUARD);
            }
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    /** The roles that may start the process at its start event: for them it is the guard, not a missing grant, that refuses. */
    private static boolean mayCreate(Start start) {
        return start.process().equals(ApplicationProcess.KEY) && start.user().startsWith("applicant")
                || List.of(CampaignProcess.KEY, TitleProcess.REVOCATION_KEY).contains(start.process()) && start.user().contains("office");
    }

    @Test
    void refuses_the_same_starts_through_the_webapps_api_behind_the_tasklist_login() {
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        for (Start start : startsPartWay().stream().filter(StepsOnlyIT::mayCreate).toList()) {
            WebSession tasklist = new WebSession(port);
            tasklist.login("tasklist", start.user(), "demo");
            var answer = tasklist.post("/camunda/api/engine/engine/default" + start.path(), "application/json", EngineRest.json(start.body()));
            assertThat(answer.statusCode()).as(start.toString()).isEqualTo(403);
            assertThat(answer.body()).as(start.toString()).contains(GUARD);
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    /** A running instance of each process and the roles that work on it or run its stage. */
    private Map<RunningCases.Case, List<String>> runningInstances() {
        Map<RunningCases.Case, List<String>> running = new LinkedHashMap<>();
        running.put(cases.ownApplication(), List.of("applicant1", "jiangsu", "office"));
        running.put(cases.publicityCampaign(), List.of("office", "jiangsu-office"));
        running.put(cases.review(), List.of(cases.reviewer(), "office"));
        running.put(cases.deliberation(), List.of(cases.leader(), "office"));
        running.put(cases.objection(), List.of("office", "chair"));
        running.put(cases.title(), List.of("office", "applicant1"));
        running.put(cases.revocation(), List.of("office", "jiangsu-office", "chair"));
        return running;
    }

    private List<Map.Entry<String, Object>> modifications(RunningCases.Case running) {
        String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running.instance())
                .singleResult().getProcessDefinitionId();
        String activity = engine.getRuntimeService().getActiveActivityIds(running.instance()).get(0);
        List<Map<String, Object>> instructions = List.of(Map.of("type", "cancel", "activityId", activity),
                Map.of("type", "startAfterActivity", "activityId", activity));
        Map<String, Object> plan = Map.of("sourceProcessDefinitionId", definition, "targetProcessDefinitionId", definition,
                "instructions", List.of(Map.of("sourceActivityIds", List.of(activity), "targetActivityIds", List.of(activity))));
        List<Map.Entry<String, Object>> calls = new ArrayList<>();
        calls.add(Map.entry("/process-instance/" + running.instance() + "/modification", Map.of("instructions", instructions)));
        calls.add(Map.entry("/process-instance/" + running.instance() + "/modification-async", Map.of("instructions", instructions)));
        calls.add(Map.entry("/modification/execute", Map.of("processDefinitionId", definition,
                "processInstanceIds", List.of(running.instance()), "instructions", instructions)));
        calls.add(Map.entry("/modification/executeAsync", Map.of("processDefinitionId", definition,
                "processInstanceIds", List.of(running.instance()), "instructions", instructions)));
        calls.add(Map.entry("/process-definition/" + definition + "/restart", Map.of("processInstanceIds", List.of(running.instance()),
                "instructions", List.of(Map.of("type", "startAfterActivity", "activityId", activity)))));
        calls.add(Map.entry("/process-definition/" + definition + "/restart-async", Map.of("processInstanceIds", List.of(running.instance()),
                "instructions", List.of(Map.of("type", "startAfterActivity", "activityId", activity)))));
        calls.add(Map.entry("/migration/execute", Map.of("migrationPlan", plan, "processInstanceIds", List.of(running.instance()))));
        calls.add(Map.entry("/migration/executeAsync", Map.of("migrationPlan", plan, "processInstanceIds", List.of(running.instance()))));
        return calls;
    }

    @Test
    void refuses_every_role_to_modify_restart_or_migrate_a_running_instance_of_each_process() {
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        runningInstances().forEach((running, users) -> {
            for (Map.Entry<String, Object> call : modifications(running)) {
                for (String user : users) {
                    ResponseEntity<String> answer = rest.post(user, call.getKey(), call.getValue());
                    assertThat(answer.getStatusCode().value()).as(user + " " + call.getKey() + " " + answer.getBody()).isEqualTo(403);
                }
            }
        });
        WebSession office = new WebSession(port);
        office.login("tasklist", "office", "demo");
        for (Map.Entry<String, Object> call : modifications(cases.publicityCampaign())) {
            var answer = office.post("/camunda/api/engine/engine/default" + call.getKey(), "application/json", EngineRest.json(call.getValue()));
            assertThat(answer.statusCode()).as(call.getKey()).isEqualTo(403);
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    @Test
    void refuses_a_modification_even_to_a_role_the_engine_grants_update_on_the_instance() {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("office");
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(cases.publicityCampaign().instance());
        grant.addPermission(Permissions.UPDATE);
        String grantId = authorizations.saveAuthorization(grant).getId();
        try {
            DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

            for (Map.Entry<String, Object> call : modifications(cases.publicityCampaign())) {
                ResponseEntity<String> answer = rest.post("office", call.getKey(), call.getValue());
                assertThat(answer.getStatusCode().value()).as(call.getKey()).isEqualTo(403);
                assertThat(answer.getBody()).as(call.getKey()).contains(GUARD);
            }
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(cases.publicityCampaign().instance()).singleResult();
            assertThat(rest.post("office", "/job/" + timer.getId() + "/execute", null).getBody()).contains(GUARD);

            assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
        } finally {
            authorizations.deleteAuthorization(grantId);
        }
    }

    @Test
    void refuses_messages_signals_and_early_timers_to_every_role_but_the_administrator() {
        String campaign = cases.publicityCampaign().key();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(cases.publicityCampaign().instance()).singleResult();
        String listed = cases.listedApplication().key();
        String subscriber = engine.getRuntimeService().createExecutionQuery().processInstanceId(cases.listedApplication().instance())
                .messageEventSubscriptionName(ApplicationProcess.RESULT_ANNOUNCED).singleResult().getId();
        String reviewedApplication = engine.getRuntimeService().createExecutionQuery()
                .messageEventSubscriptionName(ReviewProcess.MATERIAL_REVIEW_DECIDED).list().get(0).getProcessInstanceId();
        List<Map.Entry<String, Object>> calls = List.of(
                Map.entry("/message", Map.of("messageName", PublicityProcess.OBJECTIONS_SETTLED, "businessKey", campaign)),
                Map.entry("/message", Map.of("messageName", ApplicationProcess.RESULT_ANNOUNCED, "businessKey", listed)),
                Map.entry("/message", Map.of("messageName", ApplicationProcess.OBJECTION_UPHELD, "businessKey", listed, "all", true)),
                Map.entry("/message", Map.of("messageName", ReviewProcess.MATERIAL_REVIEW_DECIDED, "processInstanceId",
                        cases.ownApplication().instance(), "processVariables", Map.of(ReviewProcess.SHORTLISTED, value(true)))),
                Map.entry("/message", Map.of("messageName", TitleProcess.TITLE_REVOKED, "businessKey", cases.title().key())),
                Map.entry("/message", Map.of("messageName", TitleProcess.TITLE_REVOKED, "processInstanceId", cases.title().instance())),
                Map.entry("/message", Map.of("messageName", TitleProcess.EXCHANGE_ATTENDED, "businessKey", cases.title().key())),
                Map.entry("/message", Map.of("messageName", TitleProcess.EXCHANGE_ATTENDED, "all", true)),
                Map.entry("/message", Map.of("messageName", PublicityProcess.OBJECTIONS_SETTLED, "all", true)),
                // what the campaign's and the deliberation's throw events send (issue 16): refused from outside as well
                Map.entry("/message", Map.of("messageName", ApplicationProcess.LEFT_OFF_FINAL_LIST, "businessKey", listed,
                        "processVariables", Map.of(ApplicationProcess.FINAL_LIST_NOTE, value("外部伪造的理由")))),
                Map.entry("/message", Map.of("messageName", ReviewProcess.SITE_VERIFICATION_ORDERED, "businessKey", listed)),
                Map.entry("/message", Map.of("messageName", ReviewProcess.SITE_VERIFICATION_ORDERED, "processInstanceId",
                        cases.ownApplication().instance())),
                Map.entry("/message", Map.of("messageName", ApplicationProcess.MATERIAL_REVIEW_OPENED, "all", true)),
                Map.entry("/message", Map.of("messageName", ReviewProcess.MATERIAL_REVIEW_DECIDED, "processInstanceId",
                        reviewedApplication, "processVariables", Map.of(ReviewProcess.SHORTLISTED, value(true)))),
                Map.entry("/message", Map.of("messageName", ReviewProcess.DEFENSE_REVIEW_DECIDED, "businessKey", listed,
                        "processVariables", Map.of(ReviewProcess.ON_PRELIMINARY_LIST, value(true)))),
                Map.entry("/message", Map.of("messageName", ReviewProcess.MATERIAL_DELIBERATIONS_DONE, "businessKey", "2021-shandong")),
                // the two starts by message (decision 0083): a title's case, an application from a nomination
                Map.entry("/message", Map.of("messageName", TitleProcess.TITLE_AWARDED, "businessKey", cases.title().key())),
                Map.entry("/message", Map.of("messageName", TitleProcess.TITLE_AWARDED, "businessKey", "2099-national-T001")),
                Map.entry("/message", Map.of("messageName", ApplicationProcess.APPLIED_FROM_NOMINATION, "processVariables",
                        forgedNominatedApplication())),
                Map.entry("/message", Map.of("messageName", ApplicationProcess.APPLIED_FROM_NOMINATION, "all", true,
                        "processVariables", forgedNominatedApplication())),
                Map.entry("/process-instance/message-async", Map.of("messageName", ApplicationProcess.RESULT_ANNOUNCED,
                        "processInstanceIds", List.of(cases.listedApplication().instance()))),
                Map.entry("/signal", Map.of("name", "Anything")),
                Map.entry("/execution/" + subscriber + "/messageSubscriptions/" + ApplicationProcess.RESULT_ANNOUNCED + "/trigger", Map.of()),
                Map.entry("/execution/" + subscriber + "/signal", Map.of()),
                Map.entry("/job/" + timer.getId() + "/execute", Map.of()),
                Map.entry("/job/" + timer.getId() + "/duedate/recalculate", Map.of()));
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        for (String user : List.of("applicant1", "office", "jiangsu-office", "jiangsu", "chair", "expert1", "ministry", "caq", "auditor")) {
            for (Map.Entry<String, Object> call : calls) {
                ResponseEntity<String> answer = rest.post(user, call.getKey(), call.getValue());
                assertThat(answer.getStatusCode().is4xxClientError()).as(user + " " + call.getKey() + " " + answer.getBody()).isTrue();
            }
            assertThat(rest.call(user, HttpMethod.PUT, "/job/" + timer.getId() + "/duedate", Map.of("duedate", "2020-01-01T00:00:00.000+0800"))
                    .getStatusCode().value()).as(user + " due date").isEqualTo(403);
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    /** A national application as a nomination would start it, for another enterprise's account and under a unit. */
    private static Map<String, Object> forgedNominatedApplication() {
        Map<String, Object> typed = new HashMap<>();
        Map<String, Object> form = TestApplications.form("jiangsu", "伪造推荐申报有限公司", TestApplications.JIANGSU_CODE);
        form.put(ApplicationProcess.APPLICANT, "applicant2");
        form.forEach((name, v) -> typed.put(name, value(v)));
        return typed;
    }

    /**
     * A title's case starts only by its message, which only the campaign throws: no role may start benchmark-title
     * (no grant), at its start or part-way, nor the application at its message start; the administrator, who may
     * start it (its only start event is the message start), is refused by the title's record as before: a case for a
     * title that has one, or for no title, is not its own. Nothing is written.
     */
    @Test
    void refuses_every_role_a_start_of_a_title_s_case_or_of_an_application_at_its_message_start() {
        Map<String, Object> title = Map.of("businessKey", "2099-national-T001");
        Map<String, Object> atMessageStart = new Start("applicant1", ApplicationProcess.KEY, null, "startBeforeActivity",
                "StartEvent_AppliedFromNomination", TestApplications.form("jiangsu", "伪造推荐申报有限公司", TestApplications.JIANGSU_CODE)).body();
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        for (String user : List.of("applicant1", "office", "jiangsu-office", "jiangsu", "chair", "expert1", "ministry", "caq", "auditor")) {
            for (String path : List.of("/process-definition/key/" + TitleProcess.KEY + "/start",
                    "/process-definition/key/" + TitleProcess.KEY + "/submit-form")) {
                ResponseEntity<String> answer = rest.post(user, path, title);
                assertThat(answer.getStatusCode().value()).as(user + " " + path + " " + answer.getBody()).isEqualTo(403);
            }
            ResponseEntity<String> part = rest.post(user, "/process-definition/key/" + ApplicationProcess.KEY + "/start", atMessageStart);
            assertThat(part.getStatusCode().value()).as(user + " " + part.getBody()).isEqualTo(403);
        }
        for (String key : List.of(cases.title().key(), "2099-national-T001")) {
            ResponseEntity<String> admin = rest.post("admin", "/process-definition/key/" + TitleProcess.KEY + "/start",
                    Map.of("businessKey", key));
            assertThat(admin.getStatusCode().value()).as(admin.getBody()).isEqualTo(403);
            assertThat(admin.getBody()).contains(NOT_OWN);
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keeps_a_plain_start_with_a_chosen_business_key_and_forged_variables_to_a_case_of_its_own() {
        Applications.Case other = applications.find(cases.otherApplication().key()).orElseThrow();
        Map<String, Object> form = TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE);
        form.put(ApplicationProcess.APPLICATION_NUMBER, other.number());
        form.put(ApplicationProcess.APPLICANT, "applicant2");
        form.put(ApplicationProcess.CAMPAIGN_NUMBER, cases.publicityCampaign().key());
        Map<String, Object> body = new HashMap<>(TestApplications.restBody(form));
        body.put("businessKey", other.number());

        ResponseEntity<Map> started = template.withBasicAuth("applicant1", "demo")
                .postForEntity("/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/submit-form", body, Map.class);

        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String number = (String) started.getBody().get("businessKey");
        assertThat(number).isNotEqualTo(other.number()).startsWith(cases.openCampaign().key() + "-");
        assertThat(applications.find(number).orElseThrow().applicantUser()).isEqualTo("applicant1");
        assertThat(applications.find(other.number()).orElseThrow()).isEqualTo(other);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(other.number()).list())
                .extracting(pi -> pi.getId()).containsExactly(cases.otherApplication().instance());

        Map<String, Object> campaign = Map.of("variables", Map.of(CampaignProcess.YEAR, value(2021), CampaignProcess.LEVEL, value("provincial"),
                CampaignProcess.PROVINCE, value("jiangsu"), CampaignProcess.ORGANISER, value("江苏省工业和信息化厅"),
                CampaignProcess.FOCUS_AREAS, value("智能制造"), CampaignProcess.APPLICATION_OPENS, value("2021-05-15"),
                CampaignProcess.APPLICATION_CLOSES, value("2021-07-05"), CampaignProcess.RECOMMENDATION_DEADLINE, value("2021-07-20")),
                "businessKey", cases.publicityCampaign().key());
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
        ResponseEntity<String> duplicate = rest.post("jiangsu-office", "/process-definition/key/" + CampaignProcess.KEY + "/submit-form", campaign);
        assertThat(duplicate.getStatusCode().value()).isEqualTo(400);
        assertThat(duplicate.getBody()).contains("已存在");
        Map<String, Object> otherProvince = new HashMap<>((Map<String, Object>) campaign.get("variables"));
        otherProvince.put(CampaignProcess.YEAR, value(2022));
        otherProvince.put(CampaignProcess.PROVINCE, value("shandong"));
        otherProvince.put(CampaignProcess.APPLICATION_OPENS, value("2022-05-15"));
        otherProvince.put(CampaignProcess.APPLICATION_CLOSES, value("2022-07-05"));
        otherProvince.put(CampaignProcess.RECOMMENDATION_DEADLINE, value("2022-07-20"));
        ResponseEntity<String> foreign = rest.post("jiangsu-office", "/process-definition/key/" + CampaignProcess.KEY + "/submit-form",
                Map.of("variables", otherProvince, "businessKey", "2022-shandong"));
        assertThat(foreign.getStatusCode().value()).isEqualTo(400);
        assertThat(foreign.getBody()).contains("您只能发起本省的省级遴选活动");
        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
    }

    @Test
    void refuses_the_administrator_a_step_on_a_record_that_is_not_the_instance_s_own_in_each_process() {
        Applications.Case other = applications.find(cases.otherApplication().key()).orElseThrow();
        List<Start> starts = List.of(
                new Start("admin", ApplicationProcess.KEY, other.number(), "startBeforeActivity", "ServiceTask_UpdateApplication",
                        TestApplications.form("jiangsu", "篡改内容有限公司", TestApplications.JIANGSU_CODE)),
                new Start("admin", ApplicationProcess.KEY, cases.listedApplication().key(), "startBeforeActivity", "EndEvent_Awarded", Map.of()),
                new Start("admin", CampaignProcess.KEY, cases.publicityCampaign().key(), "startBeforeActivity", "ServiceTask_EndPublicityPeriod", Map.of()),
                new Start("admin", ReviewProcess.KEY, cases.review().key(), "startBeforeActivity", "UserTask_ReviewApplication", Map.of()),
                new Start("admin", ReviewProcess.KEY, cases.review().key(), "startBeforeActivity", "StartEvent_ReviewAssigned",
                        Map.of(ReviewProcess.ASSIGNMENT_ID, assignmentOf(cases.review().instance()))),
                new Start("admin", DeliberationProcess.KEY, cases.deliberation().key(), "startBeforeActivity", "UserTask_Deliberate", Map.of()),
                // the throw events (issue 16): a new instance under a running campaign's or deliberation's key tells nobody
                new Start("admin", CampaignProcess.KEY, cases.publicityCampaign().key(), "startBeforeActivity", "Event_SendResultAnnounced", Map.of()),
                new Start("admin", CampaignProcess.KEY, cases.publicityCampaign().key(), "startBeforeActivity",
                        CampaignProcess.EVENT_SEND_TITLE_AWARDED, Map.of()),
                new Start("admin", CampaignProcess.KEY, cases.publicityCampaign().key(), "startBeforeActivity", "Event_SendLeftOffFinalList", Map.of()),
                new Start("admin", CampaignProcess.KEY, cases.publicityCampaign().key(), "startBeforeActivity", "Event_SendMaterialReviewOpened", Map.of()),
                new Start("admin", CampaignProcess.KEY, cases.publicityCampaign().key(), "startBeforeActivity", "Event_SendSiteVerificationOrdered", Map.of()),
                new Start("admin", DeliberationProcess.KEY, cases.deliberation().key(), "startBeforeActivity", "EndEvent_MaterialReviewDecided", Map.of()),
                new Start("admin", PublicityProcess.OBJECTION_KEY, cases.objection().key(), "startBeforeActivity", "ServiceTask_RecordObjectionDecision",
                        Map.of(PublicityProcess.DECISION, "uphold", PublicityProcess.DECISION_REASON, "成立")),
                new Start("admin", TitleProcess.KEY, cases.title().key(), "startBeforeActivity", "UserTask_RecordPlaque", Map.of()),
                new Start("admin", TitleProcess.REVOCATION_KEY, cases.revocation().key(), "startBeforeActivity", "ServiceTask_RecordRevocationDecision",
                        Map.of(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "直接撤销")));
        DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

        for (Start start : starts) {
            ResponseEntity<String> answer = rest.post("admin", start.path(), start.body());
            assertThat(answer.getStatusCode().value()).as(start + " " + answer.getBody()).isEqualTo(403);
            assertThat(answer.getBody()).as(start.toString()).contains(NOT_OWN);
        }

        assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
        assertThat(applications.find(other.number()).orElseThrow()).isEqualTo(other);
    }

    private String assignmentOf(String reviewInstance) {
        return jdbc.sql("select id from review_assignment where process_instance_id = ?").param(reviewInstance).query(String.class).single();
    }

    @Test
    void refuses_the_administrator_s_modification_of_an_instance_whose_business_key_names_another_case() {
        TestApplications submissions = new TestApplications(engine, context.getBean(org.caq.benchmark.documents.DocumentStore.class),
                context.getBean(org.caq.benchmark.application.ApplicantAccounts.class));
        var misnamed = submissions.submit(TestApplications.form("jiangsu", "错号申报有限公司", TestApplications.JIANGSU_CODE));
        var own = submissions.submit(TestApplications.form("jiangsu", "正号申报有限公司", TestApplications.JIANGSU_CODE));
        Applications.Case other = applications.find(cases.otherApplication().key()).orElseThrow();
        // an earlier careless change left the instance with another case's number (the engine's API has no way to do it)
        jdbc.sql("update ACT_RU_EXECUTION set BUSINESS_KEY_ = ? where PROC_INST_ID_ = ?").params(other.number(), misnamed.getId()).update();
        Map<String, Object> revision = new HashMap<>();
        TestApplications.form("jiangsu", "篡改内容有限公司", TestApplications.JIANGSU_CODE).forEach((name, v) -> revision.put(name, value(v)));
        Map<String, Object> modification = Map.of("instructions", List.of(
                Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_UpdateApplication", "variables", revision)));
        try {
            DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

            ResponseEntity<String> refused = rest.post("admin", "/process-instance/" + misnamed.getId() + "/modification", modification);

            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
            assertThat(refused.getBody()).contains(NOT_OWN).contains("属于另一个流程实例").contains(other.number());
            assertThat(DatabaseSnapshot.take(dataSource)).isEqualTo(before);
            assertThat(applications.find(other.number()).orElseThrow()).isEqualTo(other);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(misnamed.getId(), "test: instance with another case's number");
        }

        // its own case, where it waits since the start (its unit's review of the online form, decision 0056)
        ResponseEntity<String> allowed = rest.post("admin", "/process-instance/" + own.getId() + "/modification", Map.of("instructions",
                List.of(Map.of("type", "cancel", "activityId", ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION),
                        Map.of("type", "startBeforeActivity", "activityId", ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION))));
        assertThat(allowed.getStatusCode().value()).as(allowed.getBody()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(own.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION);
        assertThat(applications.find(own.getBusinessKey()).orElseThrow().applicantUser())
                .isEqualTo(submissions.applicantOf(TestApplications.form("jiangsu", "正号申报有限公司", TestApplications.JIANGSU_CODE)));
    }
}
