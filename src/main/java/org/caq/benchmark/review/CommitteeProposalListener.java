package org.caq.benchmark.review;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.campaign.CampaignCases;
import org.springframework.stereotype.Component;

/** Shows the office the proposed committee and the pool it may draw from, on the task that forms it. */
@Component
class CommitteeProposalListener implements TaskListener {

    private final CommitteeFormation formation;
    private final Experts experts;
    private final CampaignCases cases;

    CommitteeProposalListener(CommitteeFormation formation, Experts experts, CampaignCases cases) {
        this.formation = formation;
        this.experts = experts;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String campaign = cases.numberOf(task.getExecution());
        String pool = experts.all().stream()
                .map(e -> e.code() + " " + e.name() + "（" + e.field() + "，" + e.affiliation() + (e.canChair() ? "，可任主任委员" : "") + "）")
                .collect(Collectors.joining("\n\n"));
        task.setVariableLocal(ReviewProcess.COMMITTEE_PROPOSAL,
                formation.describe(formation.propose(campaign)) + "#### 专家库\n\n" + pool);
    }
}
