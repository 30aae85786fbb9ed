package org.caq.benchmark.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An applicant's own applications as {@code /applications.html} shows them: number, stage, the dates it reached each
 * stage, the next step and its deadline, and the true state of a title (revoked shows as revoked, with its notice).
 */
@RestController
class ApplicantStatusController {

    record Status(String number, String campaignNumber, String campaignTitle, String benchmarkName, String enterpriseName,
            String recommendingUnitName, String statusName, String statusReason, boolean ended, boolean editable,
            Instant submittedAt, List<ApplicantStatus.Step> steps, ApplicantStatus.Next next, ApplicantStatus.Title title) {
    }

    private final Applications applications;
    private final Campaigns campaigns;
    private final RecommendingUnits units;
    private final ApplicantStatus status;
    private final CurrentUser user;

    ApplicantStatusController(Applications applications, Campaigns campaigns, RecommendingUnits units, ApplicantStatus status,
            CurrentUser user) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.units = units;
        this.status = status;
        this.user = user;
    }

    @GetMapping("/api/applications/mine/status")
    List<Status> mine() {
        Map<String, String> unitNames = units.names();
        return applications.ofApplicant(user.id()).stream().map(c -> {
            Campaign campaign = campaigns.find(c.campaignNumber()).orElseThrow();
            String unitName = unitNames.getOrDefault(c.recommendingUnit(), c.recommendingUnit());
            List<ApplicantStatus.Step> steps = status.steps(c);
            ApplicantStatus.Title title = status.title(c).orElse(null);
            String statusName = title != null && title.revoked()
                    ? "质量标杆称号已撤销（" + title.revokedOn() + "，" + title.ground() + "）" : c.status().displayName();
            return new Status(c.number(), c.campaignNumber(), CampaignProgress.title(campaign), c.application().benchmarkName(),
                    c.application().enterpriseName(), unitName, statusName, c.statusReason(), c.status().isOutcome(),
                    c.status().isEditable(), steps.isEmpty() ? null : steps.get(0).at(), steps,
                    status.next(c, campaign, unitName).orElse(null), title);
        }).toList();
    }
}
