package org.caq.benchmark.title;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What {@code benchmark-exchange} routes on, read from the activity's record by its number (the business key). */
@Component("exchangeCases")
public class ExchangeCases {

    private final ExchangeActivities activities;
    private final int attendanceDays;

    ExchangeCases(ExchangeActivities activities,
            @Value("${benchmark.titles.exchange-attendance-days:7}") int attendanceDays) {
        this.activities = activities;
        this.attendanceDays = attendanceDays;
    }

    public ExchangeActivity of(DelegateExecution execution) {
        String number = CaseRecords.own(execution, "经验交流活动", (key, instance) -> activities.processOf(key));
        return activities.find(number).orElseThrow(() -> new IllegalStateException("No exchange activity " + number));
    }

    /** The office that holds the activity records who attended. */
    public String officeGroupOf(DelegateExecution execution) {
        return ProcedureGroup.officeOf(of(execution).directory());
    }

    /** Attendance is recorded within days of the activity. */
    public Date attendanceDueAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).heldOn().plusDays(attendanceDays));
    }
}
