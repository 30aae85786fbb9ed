package org.caq.benchmark.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** From now on enterprises may apply to this campaign (Measures Art. 16). */
@Component
class OpenApplicationWindowDelegate implements JavaDelegate {

    private final Campaigns campaigns;

    OpenApplicationWindowDelegate(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.moveTo(execution.getProcessBusinessKey(), CampaignStatus.OPEN);
    }
}
