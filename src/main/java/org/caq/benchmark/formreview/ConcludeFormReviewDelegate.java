package org.caq.benchmark.formreview;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.springframework.stereotype.Component;

/** Closes the intake stage of a campaign once every recommended application has its form review outcome. */
@Component
class ConcludeFormReviewDelegate implements JavaDelegate {

    private final Applications applications;
    private final Campaigns campaigns;
    private final CampaignCases cases;

    ConcludeFormReviewDelegate(Applications applications, Campaigns campaigns, CampaignCases cases) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        List<Applications.Case> pending = applications.inCampaign(campaign).stream()
                .filter(c -> !c.status().isOutcome() && c.status() != ApplicationStatus.AWAITING_MATERIAL_REVIEW)
                .toList();
        if (!pending.isEmpty()) {
            throw new InvalidInput("仍有 " + pending.size() + " 项申报未完成形式审查：" + pending.stream()
                    .map(c -> c.number() + "（" + c.status().displayName() + "）").collect(Collectors.joining("、")) + "。");
        }
        campaigns.moveTo(campaign, CampaignStatus.INTAKE_CONCLUDED);
    }
}
