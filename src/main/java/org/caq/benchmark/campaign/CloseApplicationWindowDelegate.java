package org.caq.benchmark.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * No new applications from now on. Applications still without their materials end by their own timer at the
 * same instant.
 */
@Component
class CloseApplicationWindowDelegate implements JavaDelegate {

    private final Campaigns campaigns;

    CloseApplicationWindowDelegate(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.moveTo(execution.getProcessBusinessKey(), CampaignStatus.CLOSED);
    }
}
