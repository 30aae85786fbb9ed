package org.caq.benchmark.formreview;

import static org.caq.benchmark.model.ApplicationProcess.FORM_REVIEW_CHOICES;
import static org.caq.benchmark.model.ApplicationProcess.FORM_REVIEW_DECISION;
import static org.caq.benchmark.model.ApplicationProcess.FORM_REVIEW_REASON;
import static org.caq.benchmark.model.ApplicationProcess.PASS;
import static org.caq.benchmark.model.ApplicationProcess.SUPPLEMENT;
import static org.caq.benchmark.model.ApplicationProcess.SUPPLEMENT_DUE_AT;
import static org.caq.benchmark.model.ApplicationProcess.SUPPLEMENT_DUE_DATE;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * Records the office's form review decision: pass, supplementation (补正) with what to supply and by when, or
 * fail with the reason the applicant will read.
 */
@Component
class RecordFormReviewDelegate implements JavaDelegate {

    static final int MAX_REASON = 1000;
    static final int MAX_SUPPLEMENT_DAYS = 30;

    private final Clock clock;

    RecordFormReviewDelegate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String decision = form.choice(FORM_REVIEW_DECISION, "审查结论", FORM_REVIEW_CHOICES);
        String reason = decision.equals(PASS) ? form.optionalText(FORM_REVIEW_REASON, "审查意见", MAX_REASON)
                : form.text(FORM_REVIEW_REASON, decision.equals(SUPPLEMENT) ? "补正要求" : "不通过的理由", MAX_REASON);
        execution.setVariable(FORM_REVIEW_REASON, reason);
        if (decision.equals(SUPPLEMENT)) {
            execution.setVariable(SUPPLEMENT_DUE_AT, BeijingTime.endOf(dueDate(form)));
        }
    }

    private LocalDate dueDate(FormValues form) {
        LocalDate due = form.date(SUPPLEMENT_DUE_DATE, "补正期限");
        LocalDate today = LocalDate.now(clock);
        if (!due.isAfter(today) || due.isAfter(today.plusDays(MAX_SUPPLEMENT_DAYS))) {
            throw new InvalidInput("补正期限须在今天（" + today + "）之后的 " + MAX_SUPPLEMENT_DAYS + " 天内（当前值：" + due + "）。");
        }
        return due;
    }
}
