package org.caq.benchmark.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/** Checks the start form on the server and records the campaign; its number becomes the business key. */
@Component
class RegisterCampaignDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final RecommendingUnits units;
    private final Clock clock;

    RegisterCampaignDelegate(Campaigns campaigns, RecommendingUnits units, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Campaign campaign = CampaignForm.parse(execution.getVariables(), provinces(), LocalDate.now(clock));
        campaigns.register(campaign, (String) execution.getVariable(CampaignProcess.STARTER),
                execution.getProcessInstanceId());
        execution.setProcessBusinessKey(campaign.number());
        execution.setVariable(CampaignProcess.CAMPAIGN_NUMBER, campaign.number());
        execution.setVariable(CampaignProcess.FOCUS_AREAS, String.join("\n", campaign.focusAreas()));
    }

    private Set<String> provinces() {
        return units.all().stream().filter(unit -> unit.kind() == RecommendingUnit.Kind.PROVINCE)
                .map(RecommendingUnit::code).collect(Collectors.toSet());
    }
}
