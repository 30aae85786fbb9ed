package org.caq.benchmark.campaign;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/** Checks the start form on the server and records the campaign and its quotas; its number becomes the business key. */
@Component
class RegisterCampaignDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final Quotas quotas;
    private final RecommendingUnits units;
    private final Clock clock;
    private final CurrentUser user;
    private final LevelRules rules;

    RegisterCampaignDelegate(Campaigns campaigns, Quotas quotas, RecommendingUnits units, Clock clock, CurrentUser user,
            LevelRules rules) {
        this.rules = rules;
        this.campaigns = campaigns;
        this.quotas = quotas;
        this.units = units;
        this.clock = clock;
        this.user = user;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignForm.Request request = CampaignForm.parse(execution.getVariables(), units::inDirectory, rules::of,
                LocalDate.now(clock));
        Campaign campaign = request.campaign();
        // the national office starts any campaign; a provincial office only its own province's
        if (!user.actsFor(campaign.officeGroup())) {
            throw new InvalidInput("您只能发起本省的省级遴选活动（当前：" + campaign.level().displayName()
                    + (campaign.province() == null ? "" : "·" + campaign.province()) + "）。");
        }
        // who is logged in, not the initiator variable: a start variable of the same name would overwrite that
        Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        campaigns.register(campaign, request.withPublicity(), starter == null ? null : starter.getUserId(), execution.getProcessInstanceId());
        quotas.allocate(campaign.number(), request.quotas());
        execution.setProcessBusinessKey(campaign.number());
        execution.setVariable(CampaignProcess.CAMPAIGN_NUMBER, campaign.number());
        execution.setVariable(CampaignProcess.FOCUS_AREAS, String.join("\n", campaign.focusAreas()));
    }
}
