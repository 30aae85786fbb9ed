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
    private final CampaignCases cases;

    CloseApplicationWindowDelegate(Campaigns campaigns, CampaignCases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.closeApplications(cases.numberOf(execution));
    }
}
