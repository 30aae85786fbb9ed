package org.caq.benchmark.recommendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.springframework.stereotype.Component;

/**
 * Recommending is over for the campaign. Each case still waiting for its unit ends by its own timer at the same
 * instant (a case cannot miss it, whenever it reached its unit).
 */
@Component
class EnforceRecommendationDeadlineDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final CampaignCases cases;

    EnforceRecommendationDeadlineDelegate(Campaigns campaigns, CampaignCases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.moveTo(cases.numberOf(execution), CampaignStatus.RECOMMENDATION_CLOSED);
    }
}
