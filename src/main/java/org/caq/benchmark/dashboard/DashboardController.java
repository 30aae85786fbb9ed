package org.caq.benchmark.dashboard;

import java.util.List;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.printing.Downloads;
import org.caq.benchmark.printing.Spreadsheet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's dashboard of a campaign ({@code /dashboard.html}): every chart as JSON, and each as a spreadsheet.
 * For the campaign's office, the national office, auditors and administrators; counts only, no expert, score or comment
 * of any one review.
 */
@RestController
class DashboardController {

    private final CampaignPicture picture;
    private final Campaigns campaigns;
    private final CurrentUser user;

    DashboardController(CampaignPicture picture, Campaigns campaigns, CurrentUser user) {
        this.picture = picture;
        this.campaigns = campaigns;
        this.user = user;
    }

    record Dashboard(String campaign, String title, List<Chart> charts) {
    }

    @GetMapping("/api/campaigns/{campaign}/dashboard")
    Dashboard dashboard(@PathVariable String campaign) {
        Campaign c = readable(campaign);
        return new Dashboard(c.number(), c.year() + "年" + c.level().displayName() + "质量标杆遴选", picture.of(campaign));
    }

    @GetMapping("/api/campaigns/{campaign}/dashboard/{chart}.xlsx")
    ResponseEntity<byte[]> chart(@PathVariable String campaign, @PathVariable String chart) {
        readable(campaign);
        Chart found = picture.of(campaign).stream().filter(c -> c.id().equals(chart)).findFirst()
                .orElseThrow(() -> new ApplicationAccess.NotVisible("图表 " + chart));
        return Downloads.xlsx(campaign + "-" + found.title() + ".xlsx",
                Spreadsheet.create().sheet(found.title().replaceAll("[\\\\/?*\\[\\]:]", " "), found.headers(), found.rows()).bytes());
    }

    private Campaign readable(String campaign) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        if (!user.inAny(c.officeGroup(), ProcedureGroup.OFFICE.id(), ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS)) {
            throw new ApplicationAccess.NotVisible("遴选活动 " + campaign + " 的统计");
        }
        return c;
    }
}
