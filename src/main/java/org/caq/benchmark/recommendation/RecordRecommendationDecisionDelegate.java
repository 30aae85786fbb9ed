package org.caq.benchmark.recommendation;

import static org.caq.benchmark.model.ApplicationProcess.RECOMMEND;
import static org.caq.benchmark.model.ApplicationProcess.RECOMMENDATION_CHOICES;
import static org.caq.benchmark.model.ApplicationProcess.RECOMMENDATION_COMMENT;
import static org.caq.benchmark.model.ApplicationProcess.RECOMMENDATION_DECISION;
import static org.caq.benchmark.model.ApplicationProcess.RETURN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/**
 * Records the unit's decision. A recommendation needs the unit's sealed 推荐表 uploaded (seed 001 §1(2)2), and a Shandong
 * city's 推荐文件 (seed 004 §一(三)2), and takes one
 * place of the unit's quota at this moment, atomically, so the quota holds however many officers recommend at once
 * (Measures Art. 17; seed 001 §1(2)3). Shandong's direct route (seed 004 §一(三)2 "中央驻鲁及省属企业可直接报送") is no
 * unit's recommendation: the department takes in what the enterprises send themselves, so it asks no sealed 推荐表 and
 * takes no place of a quota (the notice sets none).
 */
@Component
class RecordRecommendationDecisionDelegate implements JavaDelegate {

    static final int MAX_COMMENT = 500;

    private final Quotas quotas;
    private final ApplicationCases cases;
    private final SealedRecommendations sealed;
    private final CoveringLetters letters;
    private final RecommendingUnits units;

    RecordRecommendationDecisionDelegate(Quotas quotas, ApplicationCases cases, SealedRecommendations sealed,
            CoveringLetters letters, RecommendingUnits units) {
        this.quotas = quotas;
        this.cases = cases;
        this.sealed = sealed;
        this.letters = letters;
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String decision = form.choice(RECOMMENDATION_DECISION, "推荐意见", RECOMMENDATION_CHOICES);
        String comment = decision.equals(RECOMMEND)
                ? form.optionalText(RECOMMENDATION_COMMENT, "推荐意见说明", MAX_COMMENT)
                : form.text(RECOMMENDATION_COMMENT, decision.equals(RETURN) ? "修改意见" : "不予推荐的理由", MAX_COMMENT);
        execution.setVariable(RECOMMENDATION_COMMENT, comment);
        if (decision.equals(RECOMMEND)) {
            Applications.Case application = cases.of(execution);
            RecommendingUnit unit = units.find(application.recommendingUnit()).orElseThrow();
            if (unit.kind() == RecommendingUnit.Kind.DIRECT) {
                return;
            }
            sealed.require(application);
            letters.require(application.campaignNumber(), unit, application.number());
            recommend(application.campaignNumber(), application.recommendingUnit());
        }
    }

    private void recommend(String campaign, String unit) {
        if (!quotas.take(campaign, unit)) {
            Quotas.Quota quota = quotas.find(campaign, unit).orElse(new Quotas.Quota(0, 0));
            throw new InvalidInput("本单位推荐名额已用完（名额 " + quota.quota() + " 项，已推荐 " + quota.used()
                    + " 项），不能再推荐；可选择退回修改或不予推荐。");
        }
    }
}
