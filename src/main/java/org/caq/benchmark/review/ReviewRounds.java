package org.caq.benchmark.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.model.ReviewProcess;
import org.springframework.stereotype.Component;

/**
 * What the campaign's model asks of a review stage, read from the assignments: whether it has reviews, and which
 * specialist groups review (one called {@code benchmark-group-review} each, under its business key).
 */
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

    public List<String> groupsOf(DelegateExecution execution, String stage) {
        return reviews.ofCampaign(cases.numberOf(execution)).stream()
                .filter(review -> review.stage() == ReviewStage.valueOf(stage)).map(Review::groupCode)
                .distinct().sorted().toList();
    }

    /** The business key of the group review the multi-instance is about to call, for its group. */
    public String groupKeyOf(DelegateExecution execution, String stage) {
        return ReviewKeys.group(cases.numberOf(execution), ReviewStage.valueOf(stage),
                String.valueOf(execution.getVariable(ReviewProcess.EXPERT_GROUP)));
    }
}
