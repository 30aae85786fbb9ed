package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** What the office did about an overdue objection, recorded with the escalation. */
@Component
class RecordObjectionFollowUpDelegate implements JavaDelegate {

    static final int MAX_NOTE = 1000;

    private final ObjectionCases cases;
    private final ObjectionFollowUps followUps;

    RecordObjectionFollowUpDelegate(ObjectionCases cases, ObjectionFollowUps followUps) {
        this.cases = cases;
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String note = new FormValues(execution.getVariables()).text(PublicityProcess.FOLLOW_UP_NOTE, "督办情况", MAX_NOTE);
        followUps.followedUp(cases.numberOf(execution), note, Actor.of(execution));
        // a later follow-up brings its own note
        execution.removeVariable(PublicityProcess.FOLLOW_UP_NOTE);
    }
}
