package org.caq.benchmark.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.application.ApplicationNotes;
import org.caq.benchmark.application.Applications;
import org.springframework.stereotype.Component;

/**
 * A group's applications at a stage, ranked by their aggregate score under the campaign's policy, with every
 * expert's total and comment (experts are not named), what later stages note of the applicant (a provincial title
 * preferred by its notice) and, at defense, what a site verification found.
 */
@Component
class Ranking {

    record Entry(String application, String name, String enterprise, BigDecimal aggregate, List<BigDecimal> totals,
            List<String> comments, String siteFinding, List<String> notes) {
    }

    private final Reviews reviews;
    private final Applications applications;
    private final SiteVerifications sites;
    private final List<ApplicationNotes> notes;

    Ranking(Reviews reviews, Applications applications, SiteVerifications sites, List<ApplicationNotes> notes) {
        this.reviews = reviews;
        this.applications = applications;
        this.sites = sites;
        this.notes = notes;
    }

    List<Entry> of(Committee committee, String group, ReviewStage stage) {
        String campaign = committee.campaignNumber();
        Map<String, Applications.Case> cases = new HashMap<>();
        applications.inCampaign(campaign).forEach(c -> cases.put(c.number(), c));
        Map<String, List<Review>> byApplication = new LinkedHashMap<>();
        reviews.ofGroup(campaign, group, stage).stream().filter(r -> r.status() == Review.Status.SUBMITTED)
                .forEach(r -> byApplication.computeIfAbsent(r.applicationNumber(), key -> new ArrayList<>()).add(r));
        List<Entry> entries = new ArrayList<>();
        byApplication.forEach((number, submitted) -> {
            List<BigDecimal> totals = submitted.stream().map(r -> committee.rubric().total(r.scores())).toList();
            Applications.Case c = cases.get(number);
            entries.add(new Entry(number, c.application().benchmarkName(), c.application().enterpriseName(),
                    committee.policy().aggregate(totals), totals, submitted.stream().map(Review::comment).toList(),
                    stage == ReviewStage.DEFENSE ? sites.finding(number).orElse(null) : null,
                    notes.stream().flatMap(source -> source.on(c).stream()).toList()));
        });
        entries.sort(Comparator.comparing(Entry::aggregate).reversed().thenComparing(Entry::application));
        return entries;
    }

    /** The ranking as the group leader reads it in the deliberation task, headed by which campaign, stage and group it is. */
    String describe(Committee committee, String group, ReviewStage stage, List<Entry> entries) {
        StringBuilder text = new StringBuilder("**活动编号**：" + committee.campaignNumber() + "　**评审阶段**：" + stage.displayName()
                + "　**专业组**：" + committee.group(group).orElseThrow().template().displayName() + "\n\n"
                + "得分汇总方法：" + committee.policy().displayName() + "\n\n");
        int rank = 1;
        for (Entry e : entries) {
            text.append("**").append(rank++).append(". ").append(e.application()).append(" ").append(e.name())
                    .append("**（").append(e.enterprise()).append("）综合得分 ").append(e.aggregate().toPlainString())
                    .append("；各专家总分 ").append(e.totals().stream().map(BigDecimal::toPlainString).toList()).append("\n\n");
            for (int i = 0; i < e.comments().size(); i++) {
                text.append("　评语").append(i + 1).append("：").append(e.comments().get(i)).append("\n\n");
            }
            e.notes().forEach(note -> text.append("　").append(note).append("\n\n"));
            if (e.siteFinding() != null) {
                text.append("　现场核查：").append(e.siteFinding()).append("\n\n");
            }
        }
        return text.toString();
    }
}
