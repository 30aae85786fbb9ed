package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.springframework.stereotype.Component;

/**
 * The period is over: no more objections. The campaign's row stays locked until the gateway after this has
 * counted the open objections, so an objection settling at the same moment either is counted as settled here
 * or finds the campaign waiting for it (see {@code CloseObjectionDelegate}).
 */
@Component
class EndPublicityPeriodDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final CampaignCases cases;

    EndPublicityPeriodDelegate(Campaigns campaigns, CampaignCases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        campaigns.lock(campaign);
        campaigns.moveTo(campaign, CampaignStatus.PUBLICITY_ENDED);
    }
}
