package org.caq.benchmark.review;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.ProcedureGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The office's view of a campaign's reviews: who reviews what, what is in, what is late. */
@RestController
class ReviewsController {

    private final Reviews reviews;
    private final Experts experts;
    private final Campaigns campaigns;
    private final IdentityService identity;

    ReviewsController(Reviews reviews, Experts experts, Campaigns campaigns, IdentityService identity) {
        this.reviews = reviews;
        this.experts = experts;
        this.campaigns = campaigns;
        this.identity = identity;
    }

    record ReviewView(String application, String stage, String group, String expert, String expertName,
            Review.Status status, boolean late, Instant dueAt, String recusalReason) {
    }

    @GetMapping("/api/campaigns/{campaign}/reviews")
    List<ReviewView> ofCampaign(@PathVariable String campaign) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        List<String> groups = identity.getCurrentAuthentication().getGroupIds();
        if (groups == null || !(groups.contains(c.officeGroup()) || groups.contains(ProcedureGroup.OFFICE.id())
                || groups.contains(ProcedureGroup.AUDITOR.id()) || groups.contains("camunda-admin"))) {
            throw new ApplicationAccess.NotVisible("遴选活动 " + campaign + " 的评审情况");
        }
        return reviews.ofCampaign(campaign).stream().map(r -> new ReviewView(r.applicationNumber(), r.stage().name(),
                r.groupCode(), r.expertCode(), experts.find(r.expertCode()).map(Expert::name).orElse(""), r.status(),
                r.late(), r.dueAt(), r.recusalReason())).toList();
    }
}
