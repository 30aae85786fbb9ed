package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The expert recused: the same review case goes on with another expert of the group (refused, and the recusal with
 * it, when none is left), so the group's review still counts one case per assigned review.
 */
@Component
class HandOverReviewDelegate implements JavaDelegate {

    private final ReviewCases cases;
    private final ReviewRound round;

    HandOverReviewDelegate(ReviewCases cases, ReviewRound round) {
        this.cases = cases;
        this.round = round;
    }

    @Override
    public void execute(DelegateExecution execution) {
        round.handOver(cases.of(execution), execution);
    }
}
