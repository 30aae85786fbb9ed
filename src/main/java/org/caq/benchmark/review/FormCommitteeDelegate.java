package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.Violations;
import org.springframework.stereotype.Component;

/**
 * Records the committee the office formed and the review rules, which stay fixed once scoring opens; a refusal names
 * every rule the committee breaks.
 */
@Component
class FormCommitteeDelegate implements JavaDelegate {

    /** The typed adjustments of the form before experts were picked from lists (campaigns started before then). */
    static final String LEGACY_ADJUSTMENTS = "committeeAdjustments";

    private final CommitteeFormation formation;
    private final CommitteeRules rules;
    private final Committees committees;
    private final Campaigns campaigns;
    private final CampaignCases cases;

    FormCommitteeDelegate(CommitteeFormation formation, CommitteeRules rules, Committees committees, Campaigns campaigns,
            CampaignCases cases) {
        this.formation = formation;
        this.rules = rules;
        this.committees = committees;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        FormValues form = new FormValues(execution.getVariables());
        Violations violations = new Violations();
        if (form.optionalText(LEGACY_ADJUSTMENTS, "委员会调整", 4000) != null) {
            // a task created by an older version of the model still shows the typed adjustments: never ignore them silently
            violations.add("此任务仍是旧版表单（在文本框中输入调整）：系统已不再按文本调整委员会。请清空“调整”一栏后完成（采用系统建议，"
                    + "可在完成前核对），或请系统管理员将本活动迁移到新版流程后勾选专家组建。");
        }
        Integer perApplication = violations.read(() -> form.integer(ReviewProcess.EXPERTS_PER_APPLICATION, "每项申报评审专家人数", 1, 15));
        Integer maxScore = violations.read(() -> form.integer(ReviewProcess.MAX_SCORE, "每项满分", 1, 1000));
        String weights = violations.read(() -> form.line(ReviewProcess.CRITERION_WEIGHTS, "评分权重", 40));
        Rubric rubric = maxScore == null || weights == null ? null : violations.read(() -> Rubric.parse(maxScore, weights));
        AggregationPolicy policy = violations.read(() -> policy(form));
        Committee proposal = formation.propose(campaign);
        Committee committee = formation.compose(proposal, form,
                perApplication == null ? proposal.expertsPerApplication() : perApplication, policy, rubric, violations);
        rules.check(committee, violations);
        violations.throwIfAny();
        committees.save(committee);
        campaigns.moveTo(campaign, CampaignStatus.COMMITTEE_FORMED);
    }

    private static AggregationPolicy policy(FormValues form) {
        String value = form.line(ReviewProcess.AGGREGATION_POLICY, "得分汇总方法", 20);
        try {
            return AggregationPolicy.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("得分汇总方法只能是 MEAN、TRIMMED_MEAN 或 MEDIAN（当前值：" + value + "）。");
        }
    }
}
