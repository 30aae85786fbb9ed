package org.caq.benchmark.publicity;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.Actor;
import org.springframework.stereotype.Component;

/**
 * A campaign whose level's notice has no publicity (Jiangsu, seed 002: "省经信委于7月底前确定…并正式发布") and whose
 * office chose none at the start: the preliminary list goes straight to the final list, kept off the public pages.
 */
@Component
class RecordListWithoutPublicityDelegate implements JavaDelegate {

    private final Applications applications;
    private final Publicities publicities;
    private final Campaigns campaigns;
    private final CampaignCases cases;
    private final Clock clock;

    RecordListWithoutPublicityDelegate(Applications applications, Publicities publicities, Campaigns campaigns,
            CampaignCases cases, Clock clock) {
        this.applications = applications;
        this.publicities = publicities;
        this.campaigns = campaigns;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        publicities.recordUnpublicised(campaign, LocalDate.now(clock), Actor.of(execution), applications.inCampaign(campaign)
                .stream().filter(c -> c.status() == ApplicationStatus.ON_PRELIMINARY_LIST).toList());
        execution.setVariable(ClosePublicityDelegate.LIST_AFTER_PUBLICITY,
                ClosePublicityDelegate.describe(publicities.find(campaign).orElseThrow()));
        campaigns.moveTo(campaign, CampaignStatus.FINAL_LIST);
    }
}
