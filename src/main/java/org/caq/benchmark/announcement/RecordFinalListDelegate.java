package org.caq.benchmark.announcement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.campaign.NationalYears;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.caq.benchmark.procedure.PerApplicationLines;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.publicity.Publicity;
import org.springframework.stereotype.Component;

/**
 * The office's final list: the list after publicity, less what it leaves off with a reason written per application
 * ({@code 申报编号：理由}), for example after verifying a ministry comment. Those cases end with the reason, told by the
 * throw event after this step ({@link LeftOffFinalListMessage}). A year
 * whose notice capped the national titles (2012: 50, {@link NationalYears}) gets no longer list.
 */
@Component
class RecordFinalListDelegate implements JavaDelegate {

    private final Publicities publicities;
    private final Campaigns campaigns;
    private final CampaignCases cases;
    private final LeftOffFinalListMessage leftOff;

    RecordFinalListDelegate(Publicities publicities, Campaigns campaigns, CampaignCases cases,
            LeftOffFinalListMessage leftOff) {
        this.publicities = publicities;
        this.campaigns = campaigns;
        this.cases = cases;
        this.leftOff = leftOff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        Set<String> listed = publicities.find(campaign).orElseThrow().listed().stream()
                .map(Publicity.Entry::applicationNumber).collect(Collectors.toSet());
        String label = "不列入遴选结果的申报";
        Map<String, String> leftOff = PerApplicationLines.parse(new FormValues(execution.getVariables())
                .optionalLines(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, label, 100, 1100), listed, label, "公示后的名单");
        Campaign c = campaigns.find(campaign).orElseThrow();
        if (c.level() == CampaignLevel.NATIONAL) {
            NationalYears.of(c.year()).ifPresent(year -> year.requireTitlesWithin(listed.size() - leftOff.size()));
        }
        leftOff.forEach((application, reason) -> publicities.markOff(campaign, application, Publicity.Outcome.LEFT_OFF, reason));
        if (!ModelMessages.thrownByModel(execution, ApplicationProcess.LEFT_OFF_FINAL_LIST)) {
            // a campaign on a model before the throw event (docs/administration.md): it tells the cases here
            this.leftOff.send(campaign);
        }
        execution.setVariable(AnnouncementProcess.FINAL_LIST, describe(publicities.find(campaign).orElseThrow()));
        campaigns.moveTo(campaign, CampaignStatus.AWAITING_APPROVAL);
    }

    static String describe(Publicity publicity) {
        List<Publicity.Entry> listed = publicity.listed();
        if (listed.isEmpty()) {
            return "遴选结果名单为空。";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < listed.size(); i++) {
            Publicity.Entry entry = listed.get(i);
            text.append(i + 1).append(". ").append(entry.benchmarkName()).append("（").append(entry.enterpriseName())
                    .append("，").append(entry.applicationNumber()).append("）\n\n");
        }
        return text.toString();
    }
}
