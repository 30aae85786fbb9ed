package org.caq.benchmark.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * Records a group's deliberation (合议, Art. 19–20): which of its applications go forward and why. The message end
 * event after it ({@link ReviewDecidedMessage}) tells each case only whether it goes forward; the group's review,
 * which called this deliberation, then ends, and the campaign moves on when every group's has.
 */
@Component
class RecordDeliberationDelegate implements JavaDelegate {

    static final int MAX_RATIONALE = 2000;

    private final Reviews reviews;
    private final Deliberations deliberations;
    private final IdentityService identity;
    private final DeliberationCases cases;
    private final ReviewDecidedMessage decided;

    RecordDeliberationDelegate(Reviews reviews, Deliberations deliberations, IdentityService identity,
            DeliberationCases cases, ReviewDecidedMessage decided) {
        this.cases = cases;
        this.reviews = reviews;
        this.deliberations = deliberations;
        this.identity = identity;
        this.decided = decided;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.requireRecordedByLeader(execution);
        DeliberationCases.Subject subject = cases.of(execution);
        Set<String> groupApplications = reviews.ofGroup(subject.campaign(), subject.group(), subject.stage()).stream()
                .map(Review::applicationNumber).collect(Collectors.toSet());
        FormValues form = new FormValues(execution.getVariables());
        List<String> selected = form.optionalList(ReviewProcess.SELECTED, "进入下一环节的申报");
        selected.stream().filter(number -> !groupApplications.contains(number)).findFirst().ifPresent(number -> {
            throw new InvalidInput("申报 " + number + " 不属于本专业组本轮评审，不能列入。");
        });
        String rationale = form.text(ReviewProcess.RATIONALE, "合议意见", MAX_RATIONALE);
        Authentication leader = identity.getCurrentAuthentication();
        deliberations.save(new Deliberations.Deliberation(subject.campaign(), subject.group(), subject.stage(),
                selected, rationale), leader == null ? null : leader.getUserId());
        if (!ModelMessages.thrownByModel(execution, ReviewProcess.MATERIAL_REVIEW_DECIDED)) {
            // a case on a model before the message end events (docs/administration.md): it tells the cases here
            decided.send(subject);
        }
    }
}
