package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ReviewProcess;
import org.springframework.stereotype.Component;

/** The preliminary list: a national one goes to the ministry for comments (Art. 20); a province decides itself. */
@Component
class SendPreliminaryListDelegate implements JavaDelegate {

    private final ConsultMinistry consultation;
    private final Campaigns campaigns;
    private final CampaignCases cases;

    SendPreliminaryListDelegate(ConsultMinistry consultation, Campaigns campaigns, CampaignCases cases) {
        this.consultation = consultation;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        execution.setVariable(ReviewProcess.PRELIMINARY_LIST, consultation.describe(consultation.preliminaryList(campaign)));
        boolean national = campaigns.find(campaign).orElseThrow().level() == CampaignLevel.NATIONAL;
        campaigns.moveTo(campaign, national ? CampaignStatus.MINISTRY_CONSULTATION : CampaignStatus.PRELIMINARY_LIST_READY);
    }
}
