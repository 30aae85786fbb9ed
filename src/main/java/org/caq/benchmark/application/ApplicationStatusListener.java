package org.caq.benchmark.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the application's status in step with its case: each user task (when created) and each end event
 * (when reached) sets the status it stands for, with the reason its decider wrote.
 */
@Component
class ApplicationStatusListener implements ExecutionListener, TaskListener {

    private final Applications applications;
    private final ApplicationCases cases;

    ApplicationStatusListener(Applications applications, ApplicationCases cases) {
        this.applications = applications;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        record(task.getExecution(), task.getTaskDefinitionKey());
    }

    @Override
    public void notify(DelegateExecution execution) {
        record(execution, execution.getCurrentActivityId());
    }

    private void record(DelegateExecution execution, String elementId) {
        ApplicationStatus status = ApplicationStatus.ofElement(elementId)
                .orElseThrow(() -> new IllegalStateException("No application status for element " + elementId));
        String reason = status.reasonVariable().map(execution::getVariable).map(String::valueOf).orElse(null);
        applications.moveTo(cases.numberOf(execution), status, reason);
    }
}
