package org.caq.benchmark.application;

import java.util.List;
import java.util.Map;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where applications stand: an applicant's own, one case, a campaign's list for those who may see it. */
@RestController
class ApplicationsController {

    private final Applications applications;
    private final ApplicationAccess access;
    private final RecommendingUnits units;

    ApplicationsController(Applications applications, ApplicationAccess access, RecommendingUnits units) {
        this.applications = applications;
        this.access = access;
        this.units = units;
    }

    record Summary(String number, String campaignNumber, String benchmarkName, String enterpriseName,
            String recommendingUnit, String recommendingUnitName, ApplicationStatus status, String statusName,
            String statusReason, boolean ended, boolean editable, boolean canUploadRecommendation) {
    }

    record Detail(Summary summary, Application application) {
    }

    @GetMapping("/api/applications/mine")
    List<Summary> mine() {
        Map<String, String> unitNames = units.names();
        return applications.ofApplicant(access.userId()).stream().map(c -> summary(c, unitNames)).toList();
    }

    @GetMapping("/api/applications/{number}")
    Detail one(@PathVariable String number) {
        Applications.Case application = access.readable(number);
        return new Detail(summary(application, Map.of(application.recommendingUnit(),
                units.nameOf(application.recommendingUnit()))), application.application());
    }

    @GetMapping("/api/campaigns/{campaignNumber}/applications")
    List<Summary> ofCampaign(@PathVariable String campaignNumber) {
        Map<String, String> unitNames = units.names();
        return applications.inCampaign(campaignNumber).stream().filter(access::canRead)
                .map(c -> summary(c, unitNames)).toList();
    }

    private Summary summary(Applications.Case c, Map<String, String> unitNames) {
        String unitName = unitNames.getOrDefault(c.recommendingUnit(), c.recommendingUnit());
        return new Summary(c.number(), c.campaignNumber(), c.application().benchmarkName(),
                c.application().enterpriseName(), c.recommendingUnit(), unitName, c.status(), c.status().displayName(),
                c.statusReason(), c.status().isOutcome(), access.isApplicant(c) && c.status().isEditable(),
                access.isUnitOfficer(c) && c.status().hasRecommendationForm() && !c.status().isOutcome());
    }
}
