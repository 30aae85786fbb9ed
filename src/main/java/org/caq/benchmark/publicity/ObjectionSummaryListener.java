package org.caq.benchmark.publicity;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.model.PublicityProcess;
import org.springframework.stereotype.Component;

/**
 * Puts what a handler needs to decide on the task itself (task-local): the office sees the objector's contact and
 * the evidence; the committee's members see the grounds and the office's findings, not who objected.
 */
@Component
class ObjectionSummaryListener implements TaskListener {

    /** The committee's tasks: the chair's decision of earlier models, each member's vote since (docs/decisions/0021). */
    static final Set<String> COMMITTEE_TASKS = Set.of("UserTask_DeliberateObjection", PublicityProcess.USER_TASK_VOTE_ON_OBJECTION);

    private final Applications applications;
    private final ObjectionCases cases;

    ObjectionSummaryListener(Applications applications, ObjectionCases cases) {
        this.applications = applications;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Objection objection = cases.of(task.getExecution());
        task.setVariableLocal(PublicityProcess.OBJECTION_SUMMARY,
                describe(objection, !COMMITTEE_TASKS.contains(task.getTaskDefinitionKey())));
    }

    private String describe(Objection objection, boolean forOffice) {
        Applications.Case subject = applications.find(objection.applicationNumber()).orElseThrow();
        StringBuilder text = new StringBuilder()
                .append("**异议编号**：").append(objection.number()).append("\n\n")
                .append("**涉及申报**：").append(subject.number()).append(" ").append(subject.application().benchmarkName())
                .append("（").append(subject.application().enterpriseName()).append("）\n\n")
                .append("**异议理由及事实**：\n\n").append(objection.grounds()).append("\n\n");
        if (forOffice) {
            Objection.Objector who = objection.objector();
            text.append("**异议人**：").append(who.name()).append(who.organisation() == null ? "" : "（" + who.organisation() + "）")
                    .append("，电话 ").append(who.phone()).append(who.email() == null ? "" : "，邮箱 " + who.email()).append("\n\n");
            if (objection.evidence() != null) {
                text.append("**证明材料**：[").append(objection.evidence().fileName()).append("](/api/objections/")
                        .append(objection.number()).append("/evidence)\n\n");
            }
        } else if (objection.evidence() != null) {
            text.append("**证明材料**：异议人附有证明材料，已由办公室核查。\n\n");
        }
        if (objection.findings() != null) {
            text.append("**办公室调查核实情况**：\n\n").append(objection.findings()).append("\n\n");
        }
        if (objection.decisionReason() != null) {
            text.append("**评审委员会审议结论**：").append(objection.status().displayName()).append("。")
                    .append(objection.decisionReason()).append("\n\n");
        }
        return text.toString();
    }
}
