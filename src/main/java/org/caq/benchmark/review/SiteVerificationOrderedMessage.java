package org.caq.benchmark.review;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * The campaign's throw event 通知需核查的申报：办公室决定现场核查: each shortlisted application the office ordered a
 * site verification for (and whose finding is not in) gets {@code SiteVerificationOrdered}, which starts the
 * verification in its case. Runs once per campaign, right after the defense is scheduled, in the same transaction.
 */
@Component
class SiteVerificationOrderedMessage implements JavaDelegate {

    private final Applications applications;
    private final SiteVerifications sites;
    private final CampaignCases cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    SiteVerificationOrderedMessage(Applications applications, SiteVerifications sites, CampaignCases cases,
            RuntimeService runtime, IdentityService identity) {
        this.applications = applications;
        this.sites = sites;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(cases.numberOf(execution));
    }

    List<String> receivers(String campaign) {
        return applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == ApplicationStatus.IN_DEFENSE_REVIEW)
                .map(Applications.Case::number).filter(number -> !sites.isSettled(number)).toList();
    }

    void send(String campaign) {
        List<String> receivers = receivers(campaign);
        SystemCalls.run(identity, () -> receivers.forEach(number ->
                runtime.createMessageCorrelation(ReviewProcess.SITE_VERIFICATION_ORDERED)
                        .processInstanceId(applications.processOf(number).orElseThrow()).correlate()));
    }
}
