package org.caq.benchmark.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A province's timetable is data of its campaign: where its notice sets a day for deciding and publishing the results
 * (Jiangsu 2016 §五 "省经信委于7月底前确定2016年度'质量标杆'并正式发布"), the office gives it at the start
 * ({@code resultsDueBy}) and the tasks that decide and publish carry it as their due date when they open: the final list,
 * the approval, the announcement. The reminders before and after it ({@code notice.Reminders}) then tell those who must act.
 * Taken from the engine's task events, so the models stay as they are.
 */
@Component
class ResultsDueDates {

    /** The end of the working day of the due date, Beijing time. */
    static final LocalTime END_OF_DAY = LocalTime.of(17, 30);
    static final Set<String> DECIDING_TASKS = Set.of(CampaignProcess.USER_TASK_PREPARE_FINAL_LIST,
            CampaignProcess.USER_TASK_APPROVE_RESULTS, CampaignProcess.USER_TASK_PUBLISH_ANNOUNCEMENT);

    @EventListener(condition = "#task.eventName == 'create'")
    public void taskCreated(DelegateTask task) {
        if (task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(CampaignProcess.KEY + ":")
                || !DECIDING_TASKS.contains(task.getTaskDefinitionKey())) {
            return;
        }
        Object due = task.getVariable(CampaignProcess.RESULTS_DUE_BY);
        if (due == null || due.toString().isBlank()) {
            return;
        }
        Map<String, Object> value = Map.of(CampaignProcess.RESULTS_DUE_BY, due);
        LocalDate day = new FormValues(value).date(CampaignProcess.RESULTS_DUE_BY, "遴选结果确定和发布期限");
        task.setDueDate(Date.from(day.atTime(END_OF_DAY).atZone(BeijingTime.ZONE).toInstant()));
    }
}
