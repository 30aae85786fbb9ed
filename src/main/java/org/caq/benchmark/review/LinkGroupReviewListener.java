package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Claims the group's stage for the new {@code benchmark-group-review} case before it calls anything. */
@Component
class LinkGroupReviewListener implements ExecutionListener {

    private final GroupReviewCases cases;

    LinkGroupReviewListener(GroupReviewCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.of(execution);
    }
}
