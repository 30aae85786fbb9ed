package org.caq.benchmark.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * The application's throw event 现场核查结果已登记: the group's defense review waiting at its catch event of the same
 * name checks its findings again. A stage opened before decision 0062 has no group review; its deliberation is
 * started here as it was before.
 */
@Component
class SiteVerificationRecordedDelegate implements JavaDelegate {

    private final Reviews reviews;
    private final GroupReviews groupReviews;
    private final LegacyReviewStages legacy;
    private final ApplicationCases cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    SiteVerificationRecordedDelegate(Reviews reviews, GroupReviews groupReviews, LegacyReviewStages legacy,
            ApplicationCases cases, RuntimeService runtime, IdentityService identity) {
        this.reviews = reviews;
        this.groupReviews = groupReviews;
        this.legacy = legacy;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tell(cases.numberOf(execution));
    }

    void tell(String application) {
        reviews.ofApplication(application, ReviewStage.DEFENSE).stream().findFirst().ifPresent(this::tellGroup);
    }

    private void tellGroup(Review review) {
        var subject = new DeliberationCases.Subject(review.campaignNumber(), ReviewStage.DEFENSE, review.groupCode());
        groupReviews.processOf(subject).ifPresentOrElse(
                process -> SystemCalls.run(identity, () -> runtime.createMessageCorrelation(
                        ReviewProcess.SITE_VERIFICATION_RECORDED).processInstanceId(process).correlateAll()),
                () -> legacy.deliberateIfComplete(review.campaignNumber(), review.groupCode(), ReviewStage.DEFENSE));
    }
}
