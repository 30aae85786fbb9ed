package org.caq.benchmark.title;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.model.TitleProcess;
import org.springframework.stereotype.Component;

/**
 * An overdue duty escalated to the office: as the follow-up task is created the duty is recorded as overdue, and the
 * task says which duty and of which title.
 */
@Component
class TitleDutyFollowUpListener implements TaskListener {

    private final TitleCases cases;
    private final TitleDuties duties;

    TitleDutyFollowUpListener(TitleCases cases, TitleDuties duties) {
        this.cases = cases;
        this.duties = duties;
    }

    @Override
    public void notify(DelegateTask task) {
        TitleDuty duty = TitleDuty.followedUpBy(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("No title duty is followed up by " + task.getTaskDefinitionKey()));
        BenchmarkTitle title = cases.of(task.getExecution());
        duties.escalated(title.number(), duty);
        task.setVariableLocal(TitleProcess.OVERDUE_DUTY, "称号 " + title.number() + "（" + title.enterpriseName() + "）的“"
                + duty.displayName() + "”已逾期，请督办并记录督办情况。");
    }
}
