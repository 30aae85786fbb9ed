package org.caq.benchmark.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.application.ApplicationNotes;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.model.ApplicationProcess;
import org.springframework.stereotype.Component;

/**
 * Puts the application's abstract (and what later stages note of the applicant) on the review task itself (task-local), which exists only once the expert signed the
 * confidentiality undertaking (Art. 15): nothing of the material sits on the case before, where its first task would
 * let the expert read it.
 */
@Component
class ReviewMaterialListener implements TaskListener {

    private final ReviewCases cases;
    private final Applications applications;
    private final List<ApplicationNotes> notes;

    ReviewMaterialListener(ReviewCases cases, Applications applications, List<ApplicationNotes> notes) {
        this.cases = cases;
        this.applications = applications;
        this.notes = notes;
    }

    @Override
    public void notify(DelegateTask task) {
        Review review = cases.of(task.getExecution());
        Applications.Case application = applications.find(review.applicationNumber()).orElseThrow();
        task.setVariableLocal(ApplicationProcess.ABSTRACT, application.application().abstractText());
        task.setVariableLocal(ApplicationProcess.APPLICATION_NOTES, ApplicationNotes.describe(notes, application));
    }
}
