package org.caq.benchmark.review;

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
import org.springframework.stereotype.Component;

/**
 * The campaign's throw event 通知各申报：资料评审开始: every application waiting for material review that the stage
 * assigned to experts gets {@code MaterialReviewOpened}, one correlation per case. A case not waiting for it fails
 * the whole step (nothing is half-sent: the stage's assignment is in the same transaction).
 */
@Component
class MaterialReviewOpenedMessage implements JavaDelegate {

    private final Applications applications;
    private final Reviews reviews;
    private final CampaignCases cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    MaterialReviewOpenedMessage(Applications applications, Reviews reviews, CampaignCases cases,
            RuntimeService runtime, IdentityService identity) {
        this.applications = applications;
        this.reviews = reviews;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(cases.numberOf(execution));
    }

    /** The receivers, read from the record: the stage's assigned cases still waiting at 资料评审开始. */
    List<String> receivers(String campaign) {
        return applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == ApplicationStatus.AWAITING_MATERIAL_REVIEW)
                .map(Applications.Case::number)
                .filter(number -> !reviews.ofApplication(number, ReviewStage.MATERIAL).isEmpty()).toList();
    }

    void send(String campaign) {
        List<String> receivers = receivers(campaign);
        SystemCalls.run(identity, () -> receivers.forEach(number ->
                runtime.createMessageCorrelation(ApplicationProcess.MATERIAL_REVIEW_OPENED)
                        .processInstanceId(applications.processOf(number).orElseThrow()).correlate()));
    }
}
