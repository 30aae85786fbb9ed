package org.caq.benchmark.title;

import java.util.List;
import org.caq.benchmark.application.ApplicationNotes;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.recommendingunit.LevelRule;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.springframework.stereotype.Component;

/**
 * A national application by an enterprise that holds a provincial title in force is marked as such for the unit that
 * recommends it and the experts who review it, with what the province's notice says (seed 002 §4(4) "确定的省质量标杆
 * 优先推荐申报全国质量标杆"; seed 004 §1(3)3, §2(2) "从中择优推荐"). The enterprise is recognised by its credit code.
 */
@Component
class ProvincialTitleNotes implements ApplicationNotes {

    private final Titles titles;
    private final Campaigns campaigns;
    private final LevelRules rules;

    ProvincialTitleNotes(Titles titles, Campaigns campaigns, LevelRules rules) {
        this.titles = titles;
        this.campaigns = campaigns;
        this.rules = rules;
    }

    @Override
    public List<String> on(Applications.Case application) {
        if (campaigns.find(application.campaignNumber()).orElseThrow().level() != CampaignLevel.NATIONAL) {
            return List.of();
        }
        return titles.provincialInForceHeldBy(application.application().creditCode()).stream().map(this::describe).toList();
    }

    private String describe(BenchmarkTitle title) {
        Campaign campaign = campaigns.find(title.campaignNumber()).orElseThrow();
        LevelRule rule = rules.of(campaign.directory());
        return "**省级质量标杆**：该企业为" + title.year() + "年" + rule.titleName() + "“" + title.benchmarkName() + "”（称号编号 "
                + title.number() + "）。" + rule.nationalPreference() + "。";
    }
}
