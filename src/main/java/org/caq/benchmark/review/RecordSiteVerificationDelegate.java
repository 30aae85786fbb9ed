package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * Records what the office found on site. Telling the group's defense review is the next element of the model, the
 * visible throw event 现场核查结果已登记 ({@link SiteVerificationRecordedDelegate}).
 */
@Component
class RecordSiteVerificationDelegate implements JavaDelegate {

    static final int MAX_FINDING = 2000;

    private final SiteVerifications verifications;
    private final ApplicationCases cases;
    private final SiteVerificationRecordedDelegate recorded;

    RecordSiteVerificationDelegate(SiteVerifications verifications, ApplicationCases cases, SiteVerificationRecordedDelegate recorded) {
        this.verifications = verifications;
        this.cases = cases;
        this.recorded = recorded;
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
        // a case still on a version before decision 0056 has no throw event after this task: it is told from here
        if (!ModelMessages.thrownByModel(execution, ReviewProcess.SITE_VERIFICATION_RECORDED)) {
            recorded.tell(application);
        }
    }
}
