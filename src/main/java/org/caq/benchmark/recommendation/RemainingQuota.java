package org.caq.benchmark.recommendation;

import static org.caq.benchmark.model.ApplicationProcess.REMAINING_QUOTA;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.application.ApplicationCases;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/**
 * Shows the unit's remaining quota on a recommendation task, computed when the task is created and again when
 * an officer claims it (Tasklist asks for the claim before the decision). Only the task itself is written:
 * refreshing the unit's other open tasks would make simultaneous recommendations conflict. The quota itself is
 * checked when recommending, whatever the task showed.
 */
@Component("remainingQuotaListener")
class RemainingQuota implements TaskListener {

    private final Quotas quotas;
    private final RecommendingUnits units;
    private final ApplicationCases cases;

    RemainingQuota(Quotas quotas, RecommendingUnits units, ApplicationCases cases) {
        this.quotas = quotas;
        this.units = units;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Applications.Case application = cases.of(task.getExecution());
        task.setVariableLocal(REMAINING_QUOTA, text(application.campaignNumber(), application.recommendingUnit()));
    }

    String text(String campaignNumber, String unitCode) {
        String unit = units.nameOf(unitCode);
        return quotas.find(campaignNumber, unitCode)
                .map(q -> unit + "在 " + campaignNumber + " 的推荐名额为 " + q.quota() + " 项：已推荐 " + q.used()
                        + " 项，剩余 " + q.remaining() + " 项。")
                .orElse(unit + "在 " + campaignNumber + " 没有推荐名额。");
    }
}
