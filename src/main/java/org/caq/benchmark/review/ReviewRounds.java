package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Whether a stage of the campaign has reviews to wait for (read from the assignments, for the model's gateways). */
@Component("reviewRounds")
public class ReviewRounds {

    private final Reviews reviews;

    ReviewRounds(Reviews reviews) {
        this.reviews = reviews;
    }

    public boolean hasReviews(DelegateExecution execution, String stage) {
        return reviews.ofCampaign(execution.getProcessBusinessKey()).stream()
                .anyMatch(review -> review.stage() == ReviewStage.valueOf(stage));
    }
}
