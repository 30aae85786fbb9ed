package org.caq.benchmark.review;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.NotThisCase;
import org.springframework.stereotype.Component;

/**
 * What a {@code benchmark-review} case needs to know of its review, read from the assignment it was started for
 * (by process instance), never from variables the expert could set.
 */
@Component("reviewCases")
public class ReviewCases {

    private final Reviews reviews;
    private final Experts experts;

    ReviewCases(Reviews reviews, Experts experts) {
        this.reviews = reviews;
        this.experts = experts;
    }

    Review of(DelegateExecution execution) {
        return reviews.ofProcess(execution.getProcessInstanceId())
                .orElseThrow(() -> NotThisCase.missing("评审任务", "", execution.getProcessInstanceId()));
    }

    /** Refuses a review completed by anyone but the expert it is assigned to (the procedure itself may). */
    void requireWorkedByExpert(DelegateExecution execution) {
        Authentication worker = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (worker != null && !worker.getUserId().equals(expertOf(execution))) {
            throw new InvalidInput("这项评审分配给了另一位专家，只能由该专家完成。");
        }
    }

    public String expertOf(DelegateExecution execution) {
        return experts.find(of(execution).expertCode()).orElseThrow().userId();
    }

    /** Whether the expert declared a conflict and handed the review on. */
    public boolean recused(DelegateExecution execution) {
        return of(execution).status() == Review.Status.RECUSED;
    }

    public Date dueAt(DelegateExecution execution) {
        return Date.from(of(execution).dueAt());
    }
}
