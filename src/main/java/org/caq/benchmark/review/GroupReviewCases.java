package org.caq.benchmark.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.procedure.NotThisCase;
import org.springframework.stereotype.Component;

/**
 * A {@code benchmark-group-review} case is one specialist group's reviews and deliberation at one stage; its business
 * key {@code <campaign>/<STAGE>/<group>} (set by the campaign that calls it) says which, and its record says it is
 * this instance's. The engine counts its reviews: one called review case per assignment.
 */
@Component("groupReviewCases")
public class GroupReviewCases {

    private final GroupReviews groupReviews;
    private final Reviews reviews;
    private final SiteVerifications sites;

    GroupReviewCases(GroupReviews groupReviews, Reviews reviews, SiteVerifications sites) {
        this.groupReviews = groupReviews;
        this.reviews = reviews;
        this.sites = sites;
    }

    DeliberationCases.Subject of(DelegateExecution execution) {
        return DeliberationCases.parse(CaseRecords.own(execution, "专业组评审", (key, instance) -> DeliberationCases.parse(key)
                .flatMap(subject -> groupReviews.claim(subject, instance)))).orElseThrow();
    }

    /** The business key of this group's stage, which its deliberation carries too. */
    public String keyOf(DelegateExecution execution) {
        return of(execution).businessKey();
    }

    /** The group's assignments at the stage, one review case each. */
    public List<String> assignmentsOf(DelegateExecution execution) {
        DeliberationCases.Subject subject = of(execution);
        return reviews.ofGroup(subject.campaign(), subject.group(), subject.stage()).stream()
                .filter(review -> review.status() == Review.Status.ASSIGNED).map(Review::id).toList();
    }

    /** The business key of the review case the multi-instance is about to call, for the assignment it is called for. */
    public String reviewKeyOf(DelegateExecution execution) {
        DeliberationCases.Subject subject = of(execution);
        String id = String.valueOf(execution.getVariable(ReviewProcess.ASSIGNMENT_ID));
        Review review = reviews.find(id).filter(r -> r.campaignNumber().equals(subject.campaign())
                        && r.groupCode().equals(subject.group()) && r.stage() == subject.stage())
                .orElseThrow(() -> NotThisCase.missing("评审任务", id, execution.getProcessInstanceId()));
        return ReviewKeys.review(review.applicationNumber(), review.stage(), review.expertCode());
    }

    /** At defense the deliberation waits for every site verification ordered for the group's applications. */
    public boolean findingsIn(DelegateExecution execution) {
        DeliberationCases.Subject subject = of(execution);
        return subject.stage() == ReviewStage.MATERIAL || reviews.ofGroup(subject.campaign(), subject.group(), subject.stage())
                .stream().map(Review::applicationNumber).distinct().allMatch(sites::isSettled);
    }
}
