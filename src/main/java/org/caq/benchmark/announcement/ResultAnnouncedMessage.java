package org.caq.benchmark.announcement;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.publicity.Publicity;
import org.springframework.stereotype.Component;

/**
 * The campaign's throw event 通知名单上的申报：结果公告: every application on the announced list gets
 * {@code ResultAnnounced} and its case ends as awarded (the titles were entered by the step before, in the same
 * transaction).
 */
@Component
class ResultAnnouncedMessage implements JavaDelegate {

    private final Publicities publicities;
    private final Applications applications;
    private final CampaignCases cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ResultAnnouncedMessage(Publicities publicities, Applications applications, CampaignCases cases,
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

    List<String> receivers(String campaign) {
        return publicities.find(campaign).orElseThrow().listed().stream().map(Publicity.Entry::applicationNumber).toList();
    }

    void send(String campaign) {
        List<String> receivers = receivers(campaign);
        SystemCalls.run(identity, () -> receivers.forEach(number ->
                runtime.createMessageCorrelation(ApplicationProcess.RESULT_ANNOUNCED)
                        .processInstanceId(applications.processOf(number).orElseThrow()).correlate()));
    }
}
