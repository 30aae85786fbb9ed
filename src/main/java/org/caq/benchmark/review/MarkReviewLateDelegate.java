package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review is past its due date: the office sees it among the late ones; the expert's task stays open. */
@Component
class MarkReviewLateDelegate implements JavaDelegate {

    private final ReviewCases cases;
    private final Reviews reviews;

    MarkReviewLateDelegate(ReviewCases cases, Reviews reviews) {
        this.cases = cases;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.markLate(cases.of(execution).id());
    }
}
