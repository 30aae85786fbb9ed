package org.caq.benchmark.recommendation;

import static org.caq.benchmark.application.ApplicationProcess.CAMPAIGN_NUMBER;
import static org.caq.benchmark.application.ApplicationProcess.RECOMMENDING_UNIT;
import static org.caq.benchmark.application.ApplicationProcess.REMAINING_QUOTA;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/**
 * Shows the unit's remaining quota on its recommendation tasks: set when a task is created, and refreshed on
 * every open task of the unit whenever one of its recommendations uses a place.
 */
@Component("remainingQuotaListener")
class RemainingQuota implements TaskListener {

    static final String TASK = "UserTask_RecommendApplication";

    private final Quotas quotas;
    private final RecommendingUnits units;

    RemainingQuota(Quotas quotas, RecommendingUnits units) {
        this.quotas = quotas;
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(REMAINING_QUOTA,
                text((String) task.getVariable(CAMPAIGN_NUMBER), (String) task.getVariable(RECOMMENDING_UNIT)));
    }

    void refresh(TaskService tasks, String campaignNumber, String unitCode) {
        String text = text(campaignNumber, unitCode);
        tasks.createTaskQuery().taskDefinitionKey(TASK)
                .processVariableValueEquals(CAMPAIGN_NUMBER, campaignNumber)
                .processVariableValueEquals(RECOMMENDING_UNIT, unitCode)
                .list()
                .forEach(task -> tasks.setVariableLocal(task.getId(), REMAINING_QUOTA, text));
    }

    String text(String campaignNumber, String unitCode) {
        String unit = units.find(unitCode).map(RecommendingUnit::name).orElse(unitCode);
        return quotas.find(campaignNumber, unitCode)
                .map(q -> unit + "在 " + campaignNumber + " 的推荐名额为 " + q.quota() + " 项：已推荐 " + q.used()
                        + " 项，剩余 " + q.remaining() + " 项。")
                .orElse(unit + "在 " + campaignNumber + " 没有推荐名额。");
    }
}
