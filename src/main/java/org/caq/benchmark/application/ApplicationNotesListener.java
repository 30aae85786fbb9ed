package org.caq.benchmark.application;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.model.ApplicationProcess;
import org.springframework.stereotype.Component;

/** Puts the notes of later stages on an application's task (task-local), where the unit or the office decides. */
@Component
class ApplicationNotesListener implements TaskListener {

    private final ApplicationCases cases;
    private final List<ApplicationNotes> notes;

    ApplicationNotesListener(ApplicationCases cases, List<ApplicationNotes> notes) {
        this.cases = cases;
        this.notes = notes;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(ApplicationProcess.APPLICATION_NOTES, ApplicationNotes.describe(notes, cases.of(task.getExecution())));
    }
}
