package org.caq.benchmark.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** From now on enterprises may apply to this campaign (Measures Art. 16). */
@Component
class OpenApplicationWindowDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final CampaignCases cases;

    OpenApplicationWindowDelegate(Campaigns campaigns, CampaignCases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.moveTo(cases.numberOf(execution), CampaignStatus.OPEN);
    }
}
