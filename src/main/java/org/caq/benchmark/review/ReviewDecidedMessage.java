package org.caq.benchmark.review;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * The deliberation's message end events 通知本组各申报：资料评审合议结果 / 答辩评审合议结果: every application the group
 * reviewed at the stage learns from the recorded deliberation whether it goes forward ({@code MaterialReviewDecided}
 * with {@code shortlisted}, {@code DefenseReviewDecided} with {@code onPreliminaryList}), one correlation per case.
 * A stage opened before decision 0062 then moves its campaign if this was the last group.
 */
@Component
class ReviewDecidedMessage implements JavaDelegate {

    private final Reviews reviews;
    private final Deliberations deliberations;
    private final DeliberationCases cases;
    private final Applications applications;
    private final LegacyReviewStages legacy;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ReviewDecidedMessage(Reviews reviews, Deliberations deliberations, DeliberationCases cases,
            Applications applications, LegacyReviewStages legacy, RuntimeService runtime, IdentityService identity) {
        this.reviews = reviews;
        this.deliberations = deliberations;
        this.cases = cases;
        this.applications = applications;
        this.legacy = legacy;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(cases.of(execution));
    }

    /** The applications of the group at the stage, in number order. */
    List<String> receivers(DeliberationCases.Subject subject) {
        return reviews.ofGroup(subject.campaign(), subject.group(), subject.stage()).stream()
                .map(Review::applicationNumber).distinct().sorted().toList();
    }

    void send(DeliberationCases.Subject subject) {
        Set<String> selected = Set.copyOf(deliberations.find(subject.campaign(), subject.group(), subject.stage())
                .orElseThrow(() -> new IllegalStateException("No deliberation recorded for " + subject.businessKey()))
                .selected());
        boolean material = subject.stage() == ReviewStage.MATERIAL;
        List<String> receivers = receivers(subject);
        SystemCalls.run(identity, () -> {
            receivers.forEach(number -> runtime.createMessageCorrelation(
                            material ? ReviewProcess.MATERIAL_REVIEW_DECIDED : ReviewProcess.DEFENSE_REVIEW_DECIDED)
                    .processInstanceId(applications.processOf(number).orElseThrow())
                    .setVariable(material ? ReviewProcess.SHORTLISTED : ReviewProcess.ON_PRELIMINARY_LIST,
                            selected.contains(number))
                    .correlate());
            if (legacy.isLegacy(subject.campaign(), subject.group(), subject.stage())) {
                legacy.moveCampaignIfLast(subject);
            }
        });
    }
}
