package org.caq.benchmark.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.caq.benchmark.review.Committee;
import org.caq.benchmark.review.Committees;
import org.caq.benchmark.review.Review;
import org.caq.benchmark.review.Reviews;
import org.springframework.stereotype.Component;

/**
 * One campaign's progress as its office follows it: how many applications stand at each stage, what each unit has
 * left of its quota, and each specialist group's reviews (in, open, late). Counts only: no score, comment or expert.
 */
@Component
class CampaignProgress {

    record Stage(String status, String name, long count, boolean ended) {
    }

    record UnitQuota(String unit, String unitName, int quota, int used, int remaining, long applications, long waiting) {
    }

    record ReviewLine(String stage, String group, long submitted, long open, long late, long handedOver) {
    }

    /** {@code applicationClosedOn}: the day the window actually closed, once it has (it may close before the date announced). */
    record Progress(String campaign, String title, String organiser, String statusName, LocalDate applicationOpens,
            LocalDate applicationCloses, LocalDate applicationClosedOn, LocalDate recommendationDeadline, long applications, List<Stage> stages,
            List<UnitQuota> quotas, List<ReviewLine> reviews, long lateReviews, boolean mayAct) {
    }

    private final Campaigns campaigns;
    private final Applications applications;
    private final Quotas quotas;
    private final RecommendingUnits units;
    private final Reviews reviews;
    private final Committees committees;

    CampaignProgress(Campaigns campaigns, Applications applications, Quotas quotas, RecommendingUnits units,
            Reviews reviews, Committees committees) {
        this.campaigns = campaigns;
        this.applications = applications;
        this.quotas = quotas;
        this.units = units;
        this.reviews = reviews;
        this.committees = committees;
    }

    /** 2026年全国质量标杆遴选, 2026年江苏省工业和信息化厅质量标杆遴选. */
    static String title(Campaign campaign) {
        return campaign.year() + "年" + (campaign.level() == CampaignLevel.NATIONAL ? "全国" : campaign.organiser()) + "质量标杆遴选";
    }

    Progress of(Campaign campaign, boolean mayAct) {
        List<Applications.Case> cases = applications.inCampaign(campaign.number());
        List<Review> all = reviews.ofCampaign(campaign.number());
        return new Progress(campaign.number(), title(campaign), campaign.organiser(),
                campaigns.status(campaign.number()).map(CampaignStatus::displayName).orElse(""), campaign.applicationOpens(),
                campaign.applicationCloses(), campaigns.applicationClosedOn(campaign.number()).orElse(null),
                campaign.recommendationDeadline(), cases.size(), stages(cases),
                quotas(campaign, cases), reviewLines(campaign, all),
                all.stream().filter(r -> r.late() && r.status() == Review.Status.ASSIGNED).count(), mayAct);
    }

    /** Every stage a running case can be at, in the procedure's order, and the outcomes reached so far. */
    private static List<Stage> stages(List<Applications.Case> cases) {
        Map<ApplicationStatus, Long> counts = cases.stream().collect(Collectors.groupingBy(Applications.Case::status, Collectors.counting()));
        return Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isOutcome() || counts.containsKey(s))
                .map(s -> new Stage(s.name(), s.displayName(), counts.getOrDefault(s, 0L), s.isOutcome())).toList();
    }

    private List<UnitQuota> quotas(Campaign campaign, List<Applications.Case> cases) {
        Map<String, String> names = units.names();
        List<UnitQuota> lines = new ArrayList<>();
        quotas.ofCampaign(campaign.number()).forEach((unit, quota) -> {
            List<Applications.Case> ofUnit = cases.stream().filter(c -> c.recommendingUnit().equals(unit)).toList();
            lines.add(new UnitQuota(unit, names.getOrDefault(unit, unit), quota.quota(), quota.used(), quota.remaining(),
                    ofUnit.size(), ofUnit.stream().filter(c -> c.status() == ApplicationStatus.AWAITING_RECOMMENDATION
                            || c.status() == ApplicationStatus.RETURNED_FOR_REVISION).count()));
        });
        // units with applications first, then by name: the office looks at the active ones
        lines.sort((a, b) -> a.applications() == b.applications() ? a.unitName().compareTo(b.unitName())
                : Long.compare(b.applications(), a.applications()));
        return lines;
    }

    private List<ReviewLine> reviewLines(Campaign campaign, List<Review> all) {
        Committee committee = committees.find(campaign.number()).orElse(null);
        Map<String, List<Review>> grouped = all.stream().collect(Collectors.groupingBy(
                r -> r.stage().ordinal() + "|" + r.stage().displayName() + "|" + groupName(committee, r.groupCode()),
                TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            List<Review> lines = e.getValue();
            return new ReviewLine(key[1], key[2], count(lines, Review.Status.SUBMITTED), count(lines, Review.Status.ASSIGNED),
                    lines.stream().filter(r -> r.late() && r.status() == Review.Status.ASSIGNED).count(),
                    count(lines, Review.Status.RECUSED) + count(lines, Review.Status.REASSIGNED));
        }).toList();
    }

    private static long count(List<Review> reviews, Review.Status status) {
        return reviews.stream().filter(r -> r.status() == status).count();
    }

    private static String groupName(Committee committee, String code) {
        return committee == null ? code : committee.group(code).map(g -> g.template().displayName()).orElse(code);
    }
}
