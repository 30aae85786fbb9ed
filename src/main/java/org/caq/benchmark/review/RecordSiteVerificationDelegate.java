package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** Records what the office found on site; the group's defense deliberation waits for it and shows it. */
@Component
class RecordSiteVerificationDelegate implements JavaDelegate {

    static final int MAX_FINDING = 2000;

    private final SiteVerifications verifications;
    private final Reviews reviews;
    private final ReviewRound round;
    private final ApplicationCases cases;

    RecordSiteVerificationDelegate(SiteVerifications verifications, Reviews reviews, ReviewRound round, ApplicationCases cases) {
        this.verifications = verifications;
        this.reviews = reviews;
        this.round = round;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String finding = new FormValues(execution.getVariables())
                .text(ReviewProcess.SITE_VERIFICATION_FINDING, "现场核查发现", MAX_FINDING);
        Authentication officer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String application = cases.numberOf(execution);
        verifications.record(application, finding, officer == null ? null : officer.getUserId());
        // the case's variables are readable from the applicant's tasks; the finding stays with the reviewers
        execution.removeVariable(ReviewProcess.SITE_VERIFICATION_FINDING);
        reviews.ofApplication(application, ReviewStage.DEFENSE).stream().findFirst().ifPresent(review ->
                round.deliberateIfComplete(review.campaignNumber(), review.groupCode(), ReviewStage.DEFENSE));
    }
}
