package org.caq.benchmark.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.Violations;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.caq.benchmark.title.BenchmarkTitle;
import org.springframework.stereotype.Component;

/**
 * Records the titles the unit chose: each one of the province's titles the case listed (in force, this year's or
 * earlier), no more than the unit's national quota still free, and no more of one provincial unit's titles than the
 * province's notice allows (Shandong: 1-2 per city, seed 004 §二(二)1). Every broken rule is named at once.
 */
@Component
class RecordNominationsDelegate implements JavaDelegate {

    static final int MAX_LINES = 50;

    private final NominationCases cases;
    private final Nominations nominations;
    private final NominationTitles eligible;
    private final Campaigns campaigns;
    private final LevelRules rules;
    private final Quotas quotas;
    private final RecommendingUnits units;

    RecordNominationsDelegate(NominationCases cases, Nominations nominations, NominationTitles eligible,
            Campaigns campaigns, LevelRules rules, Quotas quotas, RecommendingUnits units) {
        this.cases = cases;
        this.nominations = nominations;
        this.eligible = eligible;
        this.campaigns = campaigns;
        this.rules = rules;
        this.quotas = quotas;
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Nominations.Nomination nomination = cases.of(execution);
        Campaign campaign = campaigns.find(nomination.campaignNumber()).orElseThrow();
        String province = nomination.unitCode();
        List<String> chosen = new FormValues(execution.getVariables())
                .lines(NominationProcess.NOMINATED, "择优推荐的省级质量标杆", MAX_LINES, 48).stream().distinct().toList();
        Map<String, BenchmarkTitle> listed = new LinkedHashMap<>();
        eligible.of(province, campaign.year()).forEach(title -> listed.put(title.number(), title));
        Violations violations = new Violations();
        chosen.stream().filter(number -> !listed.containsKey(number)).forEach(number -> violations.add("称号 " + number
                + " 不是" + rules.of(province).titleName() + "的有效称号（须为本省" + campaign.year()
                + "年及以前确定、仍有效的称号）：请从列出的称号中选择。"));
        int free = quotas.find(campaign.number(), province).map(Quotas.Quota::remaining).orElse(0);
        if (chosen.size() > free) {
            violations.add(units.find(province).orElseThrow().name() + "在" + campaign.year() + "年全国质量标杆遴选中还可推荐 "
                    + free + " 项，本次选择了 " + chosen.size() + " 项：请减少到 " + free + " 项以内。");
        }
        Integer perUnit = rules.of(province).nominationsPerUnit();
        if (perUnit != null) {
            Map<String, Long> byUnit = new LinkedHashMap<>();
            chosen.stream().filter(listed::containsKey).map(number -> listed.get(number).recommendingUnit())
                    .forEach(unit -> byUnit.merge(unit, 1L, Long::sum));
            byUnit.forEach((unit, count) -> {
                if (count > perUnit) {
                    violations.add(units.find(unit).map(u -> u.name()).orElse(unit) + "推荐的称号选择了 " + count
                            + " 项：按本省通知，每个市从往年的省级质量标杆中择优推荐 1—" + perUnit + " 项。");
                }
            });
        }
        violations.throwIfAny();
        nominations.chosen(nomination.number(), chosen, Actor.of(execution));
    }
}
