package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** Records the committee the office formed and the review rules, which stay fixed once scoring opens. */
@Component
class FormCommitteeDelegate implements JavaDelegate {

    private final CommitteeFormation formation;
    private final Committees committees;
    private final Campaigns campaigns;
    private final ReviewRound round;
    private final CampaignCases cases;

    FormCommitteeDelegate(CommitteeFormation formation, Committees committees, Campaigns campaigns, ReviewRound round,
            CampaignCases cases) {
        this.round = round;
        this.formation = formation;
        this.committees = committees;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        FormValues form = new FormValues(execution.getVariables());
        int perApplication = form.integer(ReviewProcess.EXPERTS_PER_APPLICATION, "每项申报评审专家人数", 1, 15);
        Rubric rubric = Rubric.parse(form.integer(ReviewProcess.MAX_SCORE, "每项满分", 1, 1000),
                form.line(ReviewProcess.CRITERION_WEIGHTS, "评分权重", 40));
        Committee committee = formation.adjust(formation.propose(campaign),
                form.optionalLines(ReviewProcess.COMMITTEE_ADJUSTMENTS, "委员会调整", 20, 200), perApplication,
                policy(form), rubric);
        round.check(committee);
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
