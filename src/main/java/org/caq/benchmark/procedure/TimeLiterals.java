package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Dates, durations and cycles written out in a model (not computed by an expression). The engine reads them only when
 * a case reaches the timer or the task, so a typo ({@code PXYZ}) would deploy and then fail that case; here they are
 * read at deploy time by the engine's own calendars, the same that will read them at run time.
 */
final class TimeLiterals {

    private TimeLiterals() {
    }

    static List<Violation> violations(BpmnModelInstance model) {
        List<Violation> violations = new ArrayList<>();
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            ModelElementInstance event = timer.getParentElement();
            check(event, "timeDate", timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent(),
                    new DueDateBusinessCalendar(), violations);
            check(event, "timeDuration", timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent(),
                    new DurationBusinessCalendar(), violations);
            check(event, "timeCycle", timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent(),
                    new CycleBusinessCalendar(), violations);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            check(task, "camunda:dueDate", task.getCamundaDueDate(), new DueDateBusinessCalendar(), violations);
            check(task, "camunda:followUpDate", task.getCamundaFollowUpDate(), new DueDateBusinessCalendar(), violations);
        }
        return violations;
    }

    private static void check(ModelElementInstance owner, String attribute, String text, BusinessCalendar calendar,
            List<Violation> violations) {
        if (text == null || text.isBlank() || ExpressionRule.isExpression(text)) {
            return;
        }
        try {
            calendar.resolveDuedate(text.strip());
        } catch (RuntimeException unreadable) {
            violations.add(Violation.in(owner, attribute + " 的值 " + text.strip()
                    + " 无法识别：日期、期间或周期须按 ISO 8601 书写（如 2027-07-05T17:00:00、P10D、R3/PT1H）",
                    attribute + " " + text.strip() + " is not an ISO 8601 date, duration or cycle (e.g. 2027-07-05T17:00:00, P10D, R3/PT1H)"));
        }
    }
}
