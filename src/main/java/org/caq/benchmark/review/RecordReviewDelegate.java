package org.caq.benchmark.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * Records an expert's review: three scores on the campaign's rubric and a comment, or a declared conflict
 * (回避) with its reason, in which case the model's next step hands the review to another expert of the group.
 */
@Component
class RecordReviewDelegate implements JavaDelegate {

    static final int MAX_COMMENT = 2000;
    static final int MAX_REASON = 500;

    private final ReviewCases cases;
    private final Reviews reviews;
    private final Committees committees;
    private final ReviewRound round;
    private final LegacyReviewStages legacy;

    RecordReviewDelegate(ReviewCases cases, Reviews reviews, Committees committees, ReviewRound round,
            LegacyReviewStages legacy) {
        this.cases = cases;
        this.reviews = reviews;
        this.committees = committees;
        this.round = round;
        this.legacy = legacy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.requireWorkedByExpert(execution);
        Review review = cases.of(execution);
        FormValues form = new FormValues(execution.getVariables());
        if (form.bool(ReviewProcess.RECUSE)) {
            refuseLeaderRecusal(review);
            reviews.recuse(review.id(), form.text(ReviewProcess.RECUSAL_REASON, "回避理由", MAX_REASON));
            if (LegacyReviewStages.endsAtRecusal(execution)) {
                legacy.startReview(round.replace(review));
            }
            return;
        }
        int max = committees.find(review.campaignNumber()).orElseThrow().rubric().maxScore();
        List<Integer> scores = List.of(
                form.integer(ReviewProcess.SCORE_1, Rubric.CRITERIA.get(0), 0, max),
                form.integer(ReviewProcess.SCORE_2, Rubric.CRITERIA.get(1), 0, max),
                form.integer(ReviewProcess.SCORE_3, Rubric.CRITERIA.get(2), 0, max));
        reviews.submit(review.id(), scores, form.text(ReviewProcess.COMMENT, "评语", MAX_COMMENT));
        // a stage opened as called group reviews counts its reviews in the engine; an older one counts them here
        if (legacy.isLegacy(review.campaignNumber(), review.groupCode(), review.stage())) {
            legacy.deliberateIfComplete(review.campaignNumber(), review.groupCode(), review.stage());
        }
    }

    /** The leader reads every score of the group: one in conflict must first be replaced as leader by the office. */
    private void refuseLeaderRecusal(Review review) {
        Committee committee = committees.find(review.campaignNumber()).orElseThrow();
        boolean leader = committee.group(review.groupCode()).filter(g -> g.leader().equals(review.expertCode()))
                .isPresent();
        if (leader) {
            throw new InvalidInput("您是本专业组组长，合议时将看到本组全部评分：如需回避，请先联系办公室更换组长。");
        }
    }
}
