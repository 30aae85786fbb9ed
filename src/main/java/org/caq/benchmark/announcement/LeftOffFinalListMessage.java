package org.caq.benchmark.announcement;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.publicity.Publicity;
import org.springframework.stereotype.Component;

/**
 * The campaign's throw event 通知不列入的申报：未列入遴选结果: each application the office's final list left off, and whose
 * case still waits on the list, gets {@code LeftOffFinalList} with the office's reason. A case left off in an earlier
 * round (the approver returned the list) has ended already and is not told twice.
 */
@Component
class LeftOffFinalListMessage implements JavaDelegate {

    private final Publicities publicities;
    private final Applications applications;
    private final CampaignCases cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    LeftOffFinalListMessage(Publicities publicities, Applications applications, CampaignCases cases,
            RuntimeService runtime, IdentityService identity) {
        this.publicities = publicities;
        this.applications = applications;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(cases.numberOf(execution));
    }

    List<Publicity.Entry> receivers(String campaign) {
        return publicities.find(campaign).orElseThrow().entries().stream()
                .filter(entry -> entry.outcome() == Publicity.Outcome.LEFT_OFF)
                .filter(entry -> applications.find(entry.applicationNumber()).orElseThrow().status()
                        == ApplicationStatus.ON_PRELIMINARY_LIST)
                .toList();
    }

    void send(String campaign) {
        List<Publicity.Entry> receivers = receivers(campaign);
        SystemCalls.run(identity, () -> receivers.forEach(entry ->
                runtime.createMessageCorrelation(ApplicationProcess.LEFT_OFF_FINAL_LIST)
                        .processInstanceId(applications.processOf(entry.applicationNumber()).orElseThrow())
                        .setVariable(ApplicationProcess.FINAL_LIST_NOTE, entry.outcomeNote()).correlate()));
    }
}
