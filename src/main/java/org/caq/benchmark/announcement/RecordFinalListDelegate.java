package org.caq.benchmark.announcement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.publicity.Publicity;
import org.springframework.stereotype.Component;

/**
 * The office's final list: the list after publicity, less what it leaves off with a reason written per application
 * ({@code 申报编号：理由}), for example after verifying a ministry comment. Those cases end with the reason.
 */
@Component
class RecordFinalListDelegate implements JavaDelegate {

    private final Publicities publicities;
    private final Campaigns campaigns;
    private final RuntimeService runtime;
    private final IdentityService identity;

    RecordFinalListDelegate(Publicities publicities, Campaigns campaigns, RuntimeService runtime, IdentityService identity) {
        this.publicities = publicities;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = execution.getProcessBusinessKey();
        Set<String> listed = publicities.find(campaign).orElseThrow().listed().stream()
                .map(Publicity.Entry::applicationNumber).collect(Collectors.toSet());
        List<String> lines = new FormValues(execution.getVariables())
                .optionalLines(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, "不列入遴选结果的申报", 100, 1100);
        for (String line : lines) {
            String[] parts = line.split("\\s*[：:]\\s*", 2);
            if (parts.length != 2 || parts[1].isBlank() || parts[1].length() > 1000) {
                throw new InvalidInput("不列入遴选结果的申报应按“申报编号：理由”每行一项填写，理由不超过 1000 字（当前行：" + line + "）。");
            }
            if (!listed.contains(parts[0])) {
                throw new InvalidInput("申报 " + parts[0] + " 不在公示后的名单上。");
            }
            leaveOff(campaign, parts[0], parts[1].strip());
        }
        execution.setVariable(AnnouncementProcess.FINAL_LIST, describe(publicities.find(campaign).orElseThrow()));
        campaigns.moveTo(campaign, CampaignStatus.AWAITING_APPROVAL);
    }

    private void leaveOff(String campaign, String application, String reason) {
        publicities.markOff(campaign, application, Publicity.Outcome.LEFT_OFF, reason);
        SystemCalls.run(identity, () -> runtime.createMessageCorrelation(ApplicationProcess.LEFT_OFF_FINAL_LIST)
                .processInstanceBusinessKey(application).setVariable(ApplicationProcess.FINAL_LIST_NOTE, reason).correlate());
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
