package org.caq.benchmark.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The office's view of a campaign's reviews (who reviews what, what is in, what is late) and its two remedies. */
@RestController
class ReviewsController {

    private final Reviews reviews;
    private final Committees committees;
    private final Experts experts;
    private final Campaigns campaigns;
    private final CurrentUser user;
    private final OfficeReviewActions actions;

    ReviewsController(Reviews reviews, Committees committees, Experts experts, Campaigns campaigns, CurrentUser user,
            OfficeReviewActions actions) {
        this.committees = committees;
        this.actions = actions;
        this.reviews = reviews;
        this.experts = experts;
        this.campaigns = campaigns;
        this.user = user;
    }

    record ReviewView(String id, String application, String stage, String group, String expert, String expertName,
            Review.Status status, boolean late, Instant dueAt, String recusalReason) {
    }

    /** A member of a group, and why they may not lead it (null when they may). */
    record MemberView(String code, String name, String affiliation, boolean leader, String cannotLead) {
    }

    record GroupView(String code, String name, String leader, String leaderName, List<MemberView> members) {
    }

    record CommitteeView(String campaign, String chair, String viceChair, int expertsPerApplication, List<GroupView> groups) {
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

    /** The committee as formed, each group's members with whether they may lead it, for the office's leader change. */
    @GetMapping("/api/campaigns/{campaign}/committee")
    CommitteeView committee(@PathVariable String campaign) {
        readable(campaign, "评审委员会");
        Committee committee = committees.find(campaign)
                .orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign + " 的评审委员会"));
        Map<String, Expert> pool = new HashMap<>();
        experts.all().forEach(expert -> pool.put(expert.code(), expert));
        List<GroupView> groups = committee.groups().stream().map(group -> new GroupView(group.code(),
                group.template().displayName(), group.leader(), pool.get(group.leader()).name(),
                group.members().stream().map(pool::get).map(member -> new MemberView(member.code(), member.name(),
                        member.affiliation(), member.code().equals(group.leader()), cannotLead(campaign, group, member)))
                        .toList())).toList();
        return new CommitteeView(campaign, name(pool, committee.chair()), name(pool, committee.viceChair()),
                committee.expertsPerApplication(), groups);
    }

    private String cannotLead(String campaign, Committee.Group group, Expert member) {
        List<String> conflicts = actions.leaderConflicts(campaign, group, member);
        return conflicts.isEmpty() ? null : "须回避：" + String.join("；", conflicts);
    }

    private static String name(Map<String, Expert> pool, String code) {
        Expert expert = pool.get(code);
        return expert == null ? code : expert.name() + "（" + code + "）";
    }

    private void readable(String campaign, String what) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        if (!user.inAny(c.officeGroup(), ProcedureGroup.OFFICE.id(), ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS)) {
            throw new ApplicationAccess.NotVisible("遴选活动 " + campaign + " 的" + what);
        }
    }

    @GetMapping("/api/campaigns/{campaign}/reviews")
    List<ReviewView> ofCampaign(@PathVariable String campaign) {
        readable(campaign, "评审情况");
        Map<String, String> names = new HashMap<>();
        experts.all().forEach(expert -> names.put(expert.code(), expert.name()));
        return reviews.ofCampaign(campaign).stream().map(r -> new ReviewView(r.id(), r.applicationNumber(), r.stage().name(),
                r.groupCode(), r.expertCode(), names.getOrDefault(r.expertCode(), ""), r.status(),
                r.late(), r.dueAt(), r.recusalReason())).toList();
    }
}
