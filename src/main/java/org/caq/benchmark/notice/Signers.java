package org.caq.benchmark.notice;

import java.util.Optional;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.recommendingunit.LevelRule;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who signs a notice: the office that runs the case's selection (the national office, or a province's own office as
 * its notice names it, level-rules.csv), so a Jiangsu applicant hears from 江苏省质量管理协会, not from Beijing. The
 * case is found by its process instance, the way the case records are, never by a business key.
 */
@Component
class Signers {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final LevelRules rules;

    Signers(JdbcClient jdbc, Campaigns campaigns, LevelRules rules) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.rules = rules;
    }

    /** The level rules of the campaign. */
    LevelRule ofCampaign(String campaignNumber) {
        return campaigns.find(campaignNumber).map(Campaign::directory).map(rules::of).orElseGet(this::national);
    }

    /** The level rules of the case the process instance works on; the national ones where it belongs to no campaign. */
    LevelRule ofCase(String processInstanceId) {
        if (processInstanceId == null) {
            return national();
        }
        Optional<String> campaign = jdbc.sql("""
                select campaign_number from application where process_instance_id = :pi
                union all select number from campaign where process_instance_id = :pi
                union all select a.campaign_number from review_assignment r join application a on a.number = r.application_number
                    where r.process_instance_id = :pi
                union all select campaign_number from deliberation_case where process_instance_id = :pi
                union all select campaign_number from objection where process_instance_id = :pi
                union all select campaign_number from benchmark_title where process_instance_id = :pi
                union all select t.campaign_number from revocation v join benchmark_title t on t.number = v.title_number
                    where v.process_instance_id = :pi""")
                .param("pi", processInstanceId).query(String.class).list().stream().findFirst();
        if (campaign.isPresent()) {
            return ofCampaign(campaign.get());
        }
        return jdbc.sql("select directory from exchange_activity where process_instance_id = ?").param(processInstanceId)
                .query(String.class).optional().map(rules::of).orElseGet(this::national);
    }

    private LevelRule national() {
        return rules.of(RecommendingUnit.NATIONAL);
    }
}
