package org.caq.benchmark.review;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.NotThisCase;
import org.springframework.stereotype.Component;

/**
 * Ties a new {@code benchmark-review} case to the assignment it was called for, before its first task exists, and
 * gives it what it shows its expert, read from that assignment. The assignment id is read from the start variables
 * here, at the one moment only the procedure (its group's review) has set them; from then on the case knows its
 * review by process instance.
 */
@Component
class LinkReviewListener implements ExecutionListener {

    private final Reviews reviews;
    private final ReviewRound round;

    LinkReviewListener(Reviews reviews, ReviewRound round) {
        this.reviews = reviews;
        this.round = round;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String assignment = String.valueOf(execution.getVariable(ReviewProcess.ASSIGNMENT_ID));
        String instance = execution.getProcessInstanceId();
        Optional<String> owner = reviews.linkProcess(assignment, instance);
        if (owner.isEmpty()) {
            throw NotThisCase.missing("评审任务", assignment, instance);
        }
        if (!owner.get().equals(instance)) {
            throw NotThisCase.foreign("评审任务", assignment, instance, owner.get());
        }
        execution.setVariables(round.variables(reviews.find(assignment).orElseThrow()));
    }
}
