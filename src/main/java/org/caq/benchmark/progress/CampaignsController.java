package org.caq.benchmark.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The campaigns a user follows ({@code /campaigns.html}): the national office every campaign, a province's office its
 * province's, auditors and administrators all (reading), a unit's officers those it recommends in; and one campaign's
 * progress for its office and auditors. Anyone else gets an empty list, and a campaign they may not see is answered
 * like one that does not exist.
 */
@RestController
class CampaignsController {

    /** What the user is to a campaign: its office (acts), a reader (auditor, administrator), or a recommending unit. */
    enum Role { OFFICE, READER, UNIT }

    record Entry(String number, String title, String organiser, String statusName, LocalDate applicationOpens,
            LocalDate applicationCloses, LocalDate applicationClosedOn, LocalDate recommendationDeadline, Role role) {
    }

    private final Campaigns campaigns;
    private final Quotas quotas;
    private final CampaignProgress progress;
    private final CurrentUser user;

    CampaignsController(Campaigns campaigns, Quotas quotas, CampaignProgress progress, CurrentUser user) {
        this.campaigns = campaigns;
        this.quotas = quotas;
        this.progress = progress;
        this.user = user;
    }

    @GetMapping("/api/campaigns")
    List<Entry> mine() {
        Set<String> recommendsIn = Set.copyOf(quotas.campaignsOf(user.groups().stream().filter(RecommendingUnit::isGroup)
                .map(group -> group.substring(RecommendingUnit.groupOf("").length())).toList()));
        return campaigns.all().stream().map(c -> {
            Role role = roleIn(c, recommendsIn.contains(c.number()));
            return role == null ? null : new Entry(c.number(), CampaignProgress.title(c), c.organiser(),
                    campaigns.status(c.number()).map(CampaignStatus::displayName).orElse(""), c.applicationOpens(),
                    c.applicationCloses(), campaigns.applicationClosedOn(c.number()).orElse(null), c.recommendationDeadline(), role);
        }).filter(entry -> entry != null).toList();
    }

    @GetMapping("/api/campaigns/{campaign}/progress")
    CampaignProgress.Progress progress(@PathVariable String campaign) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        Role role = roleIn(c, false);
        if (role == null) {
            throw new ApplicationAccess.NotVisible("遴选活动 " + campaign + " 的进度");
        }
        return progress.of(c, role == Role.OFFICE);
    }

    private Role roleIn(Campaign campaign, boolean recommends) {
        if (user.inAny(campaign.officeGroup(), ProcedureGroup.OFFICE.id())) {
            return Role.OFFICE;
        }
        if (user.inAny(ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS)) {
            return Role.READER;
        }
        return recommends ? Role.UNIT : null;
    }
}
