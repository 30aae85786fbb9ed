package org.caq.benchmark.campaign;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.recommendation.Quotas;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/**
 * Checks the start form on the server, records the campaign and its quotas, and sets the instants its timers
 * wait for. The campaign number becomes the business key.
 */
@Component
class RegisterCampaignDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final Quotas quotas;
    private final RecommendingUnits units;
    private final Clock clock;

    RegisterCampaignDelegate(Campaigns campaigns, Quotas quotas, RecommendingUnits units, Clock clock) {
        this.campaigns = campaigns;
        this.quotas = quotas;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignForm.Request request = CampaignForm.parse(execution.getVariables(), units::inDirectory, LocalDate.now(clock));
        Campaign campaign = request.campaign();
        campaigns.register(campaign, (String) execution.getVariable(CampaignProcess.STARTER),
                execution.getProcessInstanceId());
        quotas.allocate(campaign.number(), request.quotas());
        execution.setProcessBusinessKey(campaign.number());
        execution.setVariable(CampaignProcess.CAMPAIGN_NUMBER, campaign.number());
        execution.setVariable(CampaignProcess.FOCUS_AREAS, String.join("\n", campaign.focusAreas()));
        execution.setVariable(CampaignProcess.APPLICATION_OPENS_AT, BeijingTime.startOf(campaign.applicationOpens()));
        execution.setVariable(CampaignProcess.APPLICATION_CLOSES_AT, BeijingTime.endOf(campaign.applicationCloses()));
        execution.setVariable(CampaignProcess.RECOMMENDATION_DEADLINE_AT,
                BeijingTime.endOf(campaign.recommendationDeadline()));
    }
}
