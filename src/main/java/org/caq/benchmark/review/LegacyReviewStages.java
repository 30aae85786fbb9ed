package org.caq.benchmark.review;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * How a review stage opened before decision 0062 ends: its reviews and deliberations run as top-level cases, and the
 * campaign (on its old version, waiting at 各专业组…合议完成) learns by message that the last group decided. Only a
 * stage without a {@code group_review_case} record takes these paths; delete this class once no campaign opened a
 * stage on a version before the called group review (docs/administration.md, "Review stages opened before …").
 */
@Component
class LegacyReviewStages {

    private final Reviews reviews;
    private final Deliberations deliberations;
    private final Committees committees;
    private final GroupReviews groupReviews;
    private final SiteVerifications sites;
    private final Campaigns campaigns;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;

    LegacyReviewStages(Reviews reviews, Deliberations deliberations, Committees committees, GroupReviews groupReviews,
            SiteVerifications sites, Campaigns campaigns, RuntimeService runtime, HistoryService history,
            IdentityService identity) {
        this.reviews = reviews;
        this.deliberations = deliberations;
        this.committees = committees;
        this.groupReviews = groupReviews;
        this.sites = sites;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    boolean isLegacy(String campaign, String group, ReviewStage stage) {
        return groupReviews.processOf(new DeliberationCases.Subject(campaign, stage, group)).isEmpty();
    }

    /** A review case of a model before the hand-over step: the stand-in gets a top-level case of their own. */
    static boolean endsAtRecusal(DelegateExecution execution) {
        return execution.getBpmnModelInstance().getModelElementById(ReviewProcess.HAND_OVER_TASK) == null;
    }

    /**
     * A campaign still on a model that waits for the groups' messages gets its reviews as top-level cases, as then;
     * today's model calls the groups' reviews instead.
     */
    void startReviewsIfWaitingForMessages(DelegateExecution campaign, String number, ReviewStage stage) {
        String callActivity = stage == ReviewStage.MATERIAL ? MATERIAL_CALL : DEFENSE_CALL;
        if (campaign.getBpmnModelInstance().getModelElementById(callActivity) == null) {
            reviews.ofCampaign(number).stream()
                    .filter(review -> review.stage() == stage && review.status() == Review.Status.ASSIGNED)
                    .forEach(this::startReview);
        }
    }

    static final String MATERIAL_CALL = CampaignProcess.CALL_ACTIVITY_MATERIAL_REVIEW;
    static final String DEFENSE_CALL = CampaignProcess.CALL_ACTIVITY_DEFENSE_REVIEW;

    void startReview(Review review) {
        SystemCalls.run(identity, () -> runtime.startProcessInstanceByKey(ReviewProcess.KEY,
                ReviewKeys.review(review.applicationNumber(), review.stage(), review.expertCode()),
                Map.of(ReviewProcess.ASSIGNMENT_ID, review.id())));
    }

    /** Once the group's last review (and at defense every site finding) is in, the leader gets the deliberation, once. */
    void deliberateIfComplete(String campaign, String group, ReviewStage stage) {
        committees.lockGroup(campaign, group);
        String key = ReviewKeys.group(campaign, stage, group);
        if (reviews.stillAssigned(campaign, group, stage) > 0) {
            return;
        }
        boolean findingsIn = stage == ReviewStage.MATERIAL || reviews.ofGroup(campaign, group, stage).stream()
                .map(Review::applicationNumber).distinct().allMatch(sites::isSettled);
        boolean started = findingsIn && SystemCalls.call(identity, () -> history
                .createHistoricProcessInstanceQuery().processDefinitionKey(DeliberationProcess.KEY)
                .processInstanceBusinessKey(key).count() > 0);
        if (findingsIn && !started) {
            SystemCalls.run(identity,
                    () -> runtime.startProcessInstanceByKey(DeliberationProcess.KEY, key));
        }
    }

    /** Tells the campaign once every group of the stage has decided (a system call: the leader may not move it). */
    void moveCampaignIfLast(DeliberationCases.Subject subject) {
        committees.lockCommittee(subject.campaign());
        long groups = reviews.ofCampaign(subject.campaign()).stream().filter(r -> r.stage() == subject.stage())
                .map(Review::groupCode).distinct().count();
        if (deliberations.count(subject.campaign(), subject.stage()) == groups) {
            SystemCalls.run(identity, () -> runtime.createMessageCorrelation(
                    subject.stage() == ReviewStage.MATERIAL
                            ? ReviewProcess.MATERIAL_DELIBERATIONS_DONE : ReviewProcess.DEFENSE_DELIBERATIONS_DONE)
                    .processInstanceId(campaigns.processOf(subject.campaign()).orElseThrow()).correlate());
        }
    }
}
