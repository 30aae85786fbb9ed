package org.caq.benchmark.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.junit.jupiter.api.Test;

/** What counts as a decision of a case, read from its trail alone; and that every decision point is in the model. */
class DecisionsTest {

    static final String REVIEW = "UserTask_ReviewForm";

    final List<CaseTrail.Step> steps = new ArrayList<>();
    final List<CaseTrail.Change> changes = new ArrayList<>();
    final List<CaseTrail.Operation> operations = new ArrayList<>();

    @Test
    void takes_the_decision_in_force_when_not_resubmitted_but_only_the_reasons_given_with_the_completion() {
        review("a1", 1, "completed", "office");
        submitted("a1", 1, ApplicationProcess.FORM_REVIEW_DECISION, "supplement");
        submitted("a1", 1, ApplicationProcess.FORM_REVIEW_REASON, "缺少公章");
        submitted("a1", 1, ApplicationProcess.SUPPLEMENT_DUE_DATE, "2026-12-01");
        review("a2", 3, "completed", "office");

        assertThat(Decisions.taken(trail())).extracting(Decisions.Decision::decision, Decisions.Decision::reason)
                .containsExactly(tuple("要求补正", "缺少公章；补正期限：2026-12-01"), tuple("要求补正", null));
    }

    @Test
    void names_who_completed_the_task_before_its_assignee_and_skips_tasks_that_were_not_completed() {
        review("a1", 1, "completed", "office");
        submitted("a1", 1, ApplicationProcess.FORM_REVIEW_DECISION, "pass");
        operations.add(new CaseTrail.Operation(new Date(1), "office2", "Complete", "完成", "Task", "任务", "task-a1", null, null, null, null));
        review("a2", 3, "deleted", "office");
        submitted("a2", 3, ApplicationProcess.FORM_REVIEW_DECISION, "fail");

        assertThat(Decisions.taken(trail())).extracting(Decisions.Decision::userId, Decisions.Decision::decision)
                .containsExactly(tuple("office2", "通过"));
    }

    @Test
    void words_a_group_s_deliberation_as_the_applications_it_sends_forward() {
        steps.add(new CaseTrail.Step("UserTask_Deliberate", "d1", "专业组合议", "userTask", "人工办理", new Date(1), new Date(2),
                "task-d1", "expert1", "completed", "已完成"));
        submitted("d1", 2, ReviewProcess.SELECTED, "[\"2026-national-0001\",\"2026-national-0003\"]");
        submitted("d1", 2, ReviewProcess.RATIONALE, "两项方法创新突出");

        assertThat(Decisions.taken(trail(DeliberationProcess.KEY)))
                .extracting(Decisions.Decision::userId, Decisions.Decision::decision, Decisions.Decision::reason)
                .containsExactly(tuple("expert1", "进入下一环节：2026-national-0001、2026-national-0003", "两项方法创新突出"));
    }

    @Test
    void reads_every_decision_from_a_user_task_of_its_process_and_fields_of_that_task_s_form() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertThat(Decisions.fieldsByTask()).containsKeys(ApplicationProcess.KEY, CampaignProcess.KEY,
                PublicityProcess.OBJECTION_KEY, TitleProcess.REVOCATION_KEY, DeliberationProcess.KEY);
        for (var process : Decisions.fieldsByTask().entrySet()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process.getKey() + ".bpmn"));
            for (var task : process.getValue().entrySet()) {
                UserTask userTask = model.getModelElementById(task.getKey());
                assertThat(userTask).as(process.getKey() + " " + task.getKey()).isNotNull();
                JsonNode form = json.readTree(new File("forms/" + userTask.getCamundaFormRef() + ".form"));
                assertThat(form.findValuesAsText("key")).as(userTask.getCamundaFormRef()).containsAll(task.getValue());
            }
        }
    }

    private void review(String activityInstanceId, long end, String outcome, String assignee) {
        steps.add(new CaseTrail.Step(REVIEW, activityInstanceId, "形式审查", "userTask", "人工办理", new Date(end - 1),
                new Date(end), "task-" + activityInstanceId, assignee, outcome, outcome));
    }

    private void submitted(String activityInstanceId, long time, String name, String value) {
        changes.add(new CaseTrail.Change(new Date(time), name, name, "string", value, activityInstanceId));
    }

    private CaseTrail trail() {
        return trail(ApplicationProcess.KEY);
    }

    private CaseTrail trail(String processKey) {
        return new CaseTrail(new CaseTrail.Case("pi", processKey, "质量标杆申报", 1, "2026-national-0001",
                "ACTIVE", "办理中", new Date(0), null, "applicant1"), steps, changes, operations);
    }
}
