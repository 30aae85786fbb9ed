package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.CampaignCases;
import org.springframework.stereotype.Component;

/** Whether a stage of the campaign has reviews to wait for (read from the assignments, for the model's gateways). */
@Component("reviewRounds")
public class ReviewRounds {

    private final Reviews reviews;
    private final CampaignCases cases;

    ReviewRounds(Reviews reviews, CampaignCases cases) {
        this.reviews = reviews;
        this.cases = cases;
    }

    public boolean hasReviews(DelegateExecution execution, String stage) {
        return reviews.ofCampaign(cases.numberOf(execution)).stream()
                .anyMatch(review -> review.stage() == ReviewStage.valueOf(stage));
    }
}
