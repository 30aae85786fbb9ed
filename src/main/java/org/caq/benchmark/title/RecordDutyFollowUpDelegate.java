package org.caq.benchmark.title;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** What the office did about an overdue duty, recorded with the duty (which one: the step that records it). */
@Component
class RecordDutyFollowUpDelegate implements JavaDelegate {

    static final int MAX_NOTE = 1000;

    private final TitleCases cases;
    private final TitleDuties duties;

    RecordDutyFollowUpDelegate(TitleCases cases, TitleDuties duties) {
        this.cases = cases;
        this.duties = duties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TitleDuty duty = TitleDuty.recordedBy(execution.getCurrentActivityId())
                .orElseThrow(() -> new IllegalStateException("No title duty is recorded by " + execution.getCurrentActivityId()));
        String note = new FormValues(execution.getVariables()).text(TitleProcess.FOLLOW_UP_NOTE, "督办情况", MAX_NOTE);
        duties.followedUp(cases.of(execution).number(), duty, note, Actor.of(execution));
        // the next follow-up must bring its own note, not find this one
        execution.removeVariable(TitleProcess.FOLLOW_UP_NOTE);
    }
}
