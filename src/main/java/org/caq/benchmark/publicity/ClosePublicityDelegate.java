package org.caq.benchmark.publicity;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.springframework.stereotype.Component;

/** Publicity is over and every objection settled: the list as it stands goes to the office's final list. */
@Component
class ClosePublicityDelegate implements JavaDelegate {

    /** The list after publicity, shown to the office preparing the final list. */
    static final String LIST_AFTER_PUBLICITY = "listAfterPublicity";

    private final Publicities publicities;
    private final Campaigns campaigns;
    private final CampaignCases cases;

    ClosePublicityDelegate(Publicities publicities, Campaigns campaigns, CampaignCases cases) {
        this.publicities = publicities;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        publicities.close(campaign);
        execution.setVariable(LIST_AFTER_PUBLICITY, describe(publicities.find(campaign).orElseThrow()));
        campaigns.moveTo(campaign, CampaignStatus.FINAL_LIST);
    }

    static String describe(Publicity publicity) {
        return publicity.entries().stream()
                .map(e -> e.applicationNumber() + " " + e.benchmarkName() + "（" + e.enterpriseName() + "）"
                        + (e.listed() ? "" : " —— " + e.outcome().displayName()))
                .collect(Collectors.joining("\n\n", "", publicity.entries().isEmpty() ? "名单为空。" : ""));
    }
}
