package org.caq.benchmark.recommendation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.campaign.CampaignProcess;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.springframework.stereotype.Component;

/**
 * At the recommendation deadline, every application of the campaign still waiting for its unit (or being
 * revised) ends as "not recommended in time".
 */
@Component
class EnforceRecommendationDeadlineDelegate implements JavaDelegate {

    private final Campaigns campaigns;

    EnforceRecommendationDeadlineDelegate(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = (String) execution.getVariable(CampaignProcess.CAMPAIGN_NUMBER);
        campaigns.moveTo(campaign, CampaignStatus.RECOMMENDATION_CLOSED);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        runtime.createMessageCorrelation(ApplicationProcess.RECOMMENDATION_DEADLINE_PASSED)
                .processInstanceVariableEquals(ApplicationProcess.CAMPAIGN_NUMBER, campaign)
                .correlateAll();
    }
}
