package org.caq.benchmark.publicity;

import java.time.LocalDate;
import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * An objection past a due date is escalated to the office (the publicity it holds open must not wait unnoticed): as
 * the follow-up task is created, the objection's open steps and their due dates are recorded and put on the task.
 */
@Component
class ObjectionFollowUpListener implements TaskListener {

    static final String FOLLOW_UP_TASK = PublicityProcess.USER_TASK_FOLLOW_UP_OBJECTION;

    private final ObjectionCases cases;
    private final ObjectionFollowUps followUps;
    private final TaskService tasks;

    ObjectionFollowUpListener(ObjectionCases cases, ObjectionFollowUps followUps, @Lazy TaskService tasks) {
        this.cases = cases;
        this.followUps = followUps;
        this.tasks = tasks;
    }

    @Override
    public void notify(DelegateTask task) {
        Objection objection = cases.of(task.getExecution());
        String open = tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list().stream()
                .filter(other -> !FOLLOW_UP_TASK.equals(other.getTaskDefinitionKey()))
                .map(other -> step(other.getTaskDefinitionKey()) + (other.getAssignee() == null ? "" : "（" + other.getAssignee() + "）")
                        + "，期限 " + day(other.getDueDate()))
                .distinct().collect(Collectors.joining("；"));
        String steps = open.isEmpty() ? "异议办理" : open;
        followUps.escalated(objection.number(), steps.length() <= 500 ? steps : steps.substring(0, 499) + "…");
        task.setVariableLocal(PublicityProcess.OVERDUE_STEPS, "异议 " + objection.number() + " 已超过办理期限（全部异议须于 "
                + day(cases.boundAt(task.getExecution())) + " 前办结）。尚未办结的环节：" + steps + "。");
    }

    private static String step(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case PublicityProcess.USER_TASK_INVESTIGATE_OBJECTION -> "调查核实异议";
            case PublicityProcess.USER_TASK_VOTE_ON_OBJECTION -> "评审委员会委员表决";
            case PublicityProcess.USER_TASK_REPLY_TO_OBJECTOR -> "答复异议人";
            default -> taskDefinitionKey;
        };
    }

    /** The day a deadline at 24:00 Beijing falls on. */
    private static String day(Date due) {
        return due == null ? "未定" : LocalDate.ofInstant(due.toInstant().minusMillis(1), BeijingTime.ZONE).toString();
    }
}
