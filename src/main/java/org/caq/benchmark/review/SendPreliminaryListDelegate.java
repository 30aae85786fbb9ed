package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.springframework.stereotype.Component;

/** The office sends the preliminary list to the ministry's science and technology department (Art. 20). */
@Component
class SendPreliminaryListDelegate implements JavaDelegate {

    private final ConsultMinistry consultation;
    private final Campaigns campaigns;

    SendPreliminaryListDelegate(ConsultMinistry consultation, Campaigns campaigns) {
        this.consultation = consultation;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = execution.getProcessBusinessKey();
        execution.setVariable(ReviewProcess.PRELIMINARY_LIST, consultation.describe(consultation.preliminaryList(campaign)));
        campaigns.moveTo(campaign, CampaignStatus.MINISTRY_CONSULTATION);
    }
}
