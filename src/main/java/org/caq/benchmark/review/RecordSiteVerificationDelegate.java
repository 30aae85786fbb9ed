package org.caq.benchmark.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/** Records what the office found on site; the group's defense deliberation waits for it and shows it. */
@Component
class RecordSiteVerificationDelegate implements JavaDelegate {

    static final int MAX_FINDING = 2000;

    private final SiteVerifications verifications;
    private final Reviews reviews;
    private final GroupReviews groupReviews;
    private final LegacyReviewStages legacy;
    private final ApplicationCases cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    RecordSiteVerificationDelegate(SiteVerifications verifications, Reviews reviews, GroupReviews groupReviews,
            LegacyReviewStages legacy, ApplicationCases cases, RuntimeService runtime, IdentityService identity) {
        this.verifications = verifications;
        this.reviews = reviews;
        this.groupReviews = groupReviews;
        this.legacy = legacy;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
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
        reviews.ofApplication(application, ReviewStage.DEFENSE).stream().findFirst().ifPresent(this::tellGroup);
    }

    /**
     * The group's defense review, if it already waits for its findings, checks them again; an older stage's
     * deliberation is started here. The application's model is another's to change (issue 16): until it throws this
     * message from an element of its own, it is sent from here.
     */
    private void tellGroup(Review review) {
        var subject = new DeliberationCases.Subject(review.campaignNumber(), ReviewStage.DEFENSE, review.groupCode());
        groupReviews.processOf(subject).ifPresentOrElse(
                process -> SystemCalls.run(identity, () -> runtime.createMessageCorrelation(
                        ReviewProcess.SITE_VERIFICATION_RECORDED).processInstanceId(process).correlateAll()),
                () -> legacy.deliberateIfComplete(review.campaignNumber(), review.groupCode(), ReviewStage.DEFENSE));
    }
}
