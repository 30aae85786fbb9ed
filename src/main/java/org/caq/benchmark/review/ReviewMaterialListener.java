package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.application.Applications;
import org.springframework.stereotype.Component;

/**
 * Puts the application's abstract on the review task itself (task-local), which exists only once the expert signed the
 * confidentiality undertaking (Art. 15): nothing of the material sits on the case before, where its first task would
 * let the expert read it.
 */
@Component
class ReviewMaterialListener implements TaskListener {

    private final ReviewCases cases;
    private final Applications applications;

    ReviewMaterialListener(ReviewCases cases, Applications applications) {
        this.cases = cases;
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        Review review = cases.of(task.getExecution());
        task.setVariableLocal(ApplicationProcess.ABSTRACT,
                applications.find(review.applicationNumber()).orElseThrow().application().abstractText());
    }
}
