package org.caq.benchmark.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.identity.ProcedureGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The office's view of a campaign's reviews (who reviews what, what is in, what is late) and its two remedies. */
@RestController
class ReviewsController {

    private final Reviews reviews;
    private final Experts experts;
    private final Campaigns campaigns;
    private final CurrentUser user;
    private final OfficeReviewActions actions;

    ReviewsController(Reviews reviews, Experts experts, Campaigns campaigns, CurrentUser user,
            OfficeReviewActions actions) {
        this.actions = actions;
        this.reviews = reviews;
        this.experts = experts;
        this.campaigns = campaigns;
        this.user = user;
    }

    record ReviewView(String id, String application, String stage, String group, String expert, String expertName,
            Review.Status status, boolean late, Instant dueAt, String recusalReason) {
    }

    record Reassignment(String reason) {
    }

    record Leader(String expert) {
    }

    /** The office gives a review to another expert of the group (the expert is unavailable). */
    @PostMapping("/api/reviews/{id}/reassign")
    ResponseEntity<Void> reassign(@PathVariable String id, @RequestBody Reassignment body) {
        actions.reassign(id, body.reason());
        return ResponseEntity.noContent().build();
    }

    /** The office names another leader for a group (the leader is unavailable or in conflict). */
    @PutMapping("/api/campaigns/{campaign}/groups/{group}/leader")
    ResponseEntity<Void> leader(@PathVariable String campaign, @PathVariable String group, @RequestBody Leader body) {
        actions.changeLeader(campaign, group, body.expert());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/campaigns/{campaign}/reviews")
    List<ReviewView> ofCampaign(@PathVariable String campaign) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        if (!user.inAny(c.officeGroup(), ProcedureGroup.OFFICE.id(), ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS)) {
            throw new ApplicationAccess.NotVisible("遴选活动 " + campaign + " 的评审情况");
        }
        Map<String, String> names = new HashMap<>();
        experts.all().forEach(expert -> names.put(expert.code(), expert.name()));
        return reviews.ofCampaign(campaign).stream().map(r -> new ReviewView(r.id(), r.applicationNumber(), r.stage().name(),
                r.groupCode(), r.expertCode(), names.getOrDefault(r.expertCode(), ""), r.status(),
                r.late(), r.dueAt(), r.recusalReason())).toList();
    }
}
