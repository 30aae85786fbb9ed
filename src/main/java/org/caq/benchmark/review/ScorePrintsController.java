package org.caq.benchmark.review;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.StateConflict;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.printing.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 评分表 and score exports. A review's sheet is for its own expert and for the campaign's office, auditors and
 * administrators; the stage's export for the office, auditors and administrators, as {@link ReviewsController}'s list.
 * Anyone else — applicants, units, other experts — is answered as if the review did not exist.
 */
@RestController
class ScorePrintsController {

    private final Reviews reviews;
    private final Experts experts;
    private final Committees committees;
    private final Campaigns campaigns;
    private final Applications applications;
    private final CurrentUser user;

    ScorePrintsController(Reviews reviews, Experts experts, Committees committees, Campaigns campaigns,
            Applications applications, CurrentUser user) {
        this.reviews = reviews;
        this.experts = experts;
        this.committees = committees;
        this.campaigns = campaigns;
        this.applications = applications;
        this.user = user;
    }

    @GetMapping("/api/reviews/{id}/score-sheet.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable String id) {
        Review review = reviews.find(id).orElseThrow(() -> new ApplicationAccess.NotVisible("评审 " + id));
        Campaign campaign = campaigns.find(review.campaignNumber()).orElseThrow();
        Expert expert = experts.find(review.expertCode()).orElseThrow();
        boolean own = expert.userId().equals(user.id());
        if (!own && !officeOrAuditor(campaign)) {
            throw new ApplicationAccess.NotVisible("评审 " + id);
        }
        Committee committee = committees.find(campaign.number()).orElseThrow();
        Applications.Case c = applications.find(review.applicationNumber()).orElseThrow();
        return Downloads.pdf(c.number() + "-" + review.stage().displayName() + "-评分表.pdf",
                ScorePrints.sheet(campaign, review, c, expert, committee));
    }

    record MyReview(String id, String campaign, String application, String stage, String status, boolean late,
            java.time.Instant dueAt) {
    }

    /** An expert's own reviews, each with its 评分表 ({@code /reviews.html}); nobody else's. */
    @GetMapping("/api/reviews/mine")
    java.util.List<MyReview> mine() {
        return experts.ofUser(user.id()).map(expert -> reviews.ofExpert(expert.code()).stream()
                .map(r -> new MyReview(r.id(), r.campaignNumber(), r.applicationNumber(), r.stage().displayName(),
                        r.status().name(), r.late(), r.dueAt())).toList())
                .orElse(java.util.List.of());
    }

    @GetMapping("/api/campaigns/{campaign}/scores.xlsx")
    ResponseEntity<byte[]> export(@PathVariable String campaign, @RequestParam String stage) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        if (!officeOrAuditor(c)) {
            throw new ApplicationAccess.NotVisible("遴选活动 " + campaign + " 的评分");
        }
        ReviewStage reviewStage = stage(stage);
        Committee committee = committees.find(campaign)
                .orElseThrow(() -> new StateConflict("遴选活动 " + campaign + " 尚未组建评审委员会，没有评分可导出。"));
        Map<String, Applications.Case> cases = applications.inCampaign(campaign).stream()
                .collect(Collectors.toMap(Applications.Case::number, Function.identity()));
        return Downloads.xlsx(campaign + "-" + reviewStage.displayName() + "-评分.xlsx",
                ScorePrints.export(reviews.ofCampaign(campaign), reviewStage, committee, cases));
    }

    private boolean officeOrAuditor(Campaign campaign) {
        return user.inAny(campaign.officeGroup(), ProcedureGroup.OFFICE.id(), ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS);
    }

    private static ReviewStage stage(String value) {
        try {
            return ReviewStage.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("评审阶段无效（当前值：" + value + "）：可选 MATERIAL（资料评审）或 DEFENSE（答辩评审）。");
        }
    }
}
