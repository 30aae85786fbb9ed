package org.caq.benchmark.recommendation;

import java.util.List;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.caq.benchmark.title.BenchmarkTitle;
import org.caq.benchmark.title.Titles;
import org.springframework.stereotype.Component;

/**
 * The titles a province may nominate to a national campaign: its own titles in force, awarded in the campaign's year
 * or earlier (seed 004 §一(三)3 "从中择优推荐", §二(二)1 "从往年的全省质量标杆中择优推荐").
 */
@Component
class NominationTitles {

    private final Titles titles;
    private final Campaigns campaigns;
    private final LevelRules rules;
    private final RecommendingUnits units;

    NominationTitles(Titles titles, Campaigns campaigns, LevelRules rules, RecommendingUnits units) {
        this.titles = titles;
        this.campaigns = campaigns;
        this.rules = rules;
        this.units = units;
    }

    List<BenchmarkTitle> of(String province, int nationalYear) {
        return titles.inForceOf(province).stream().filter(title -> title.year() <= nationalYear).toList();
    }

    /** One line of the list the unit chooses from: number, year, enterprise, benchmark, the unit that first recommended it. */
    String describe(BenchmarkTitle title) {
        String unit = units.find(title.recommendingUnit()).map(u -> u.name()).orElse(title.recommendingUnit());
        return title.number() + "：" + title.year() + "年" + rules.of(campaigns.find(title.campaignNumber()).orElseThrow().directory()).titleName()
                + "，" + title.enterpriseName() + "“" + title.benchmarkName() + "”（原推荐单位：" + unit + "）";
    }
}
