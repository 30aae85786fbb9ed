package org.caq.benchmark.recommendation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Behind the nomination's end event 提交全国申报：依推荐申报: starts the holder's national application case at its
 * message start event 依推荐申报, with the form as the holder completed the task, under the nominating unit (the
 * nomination's record) and as the title's holder (the registry). The application's registration checks every rule of a
 * national application; a broken one refuses the holder's completion, in this transaction, with its reasons.
 * Correlating is the procedure's own call (only the administrator may correlate as a person), so the holder is the
 * applicant by the registry, not by who is logged in; {@link ApplyFromNominationListener} has checked who that is.
 */
@Component
class AppliedFromNominationMessage implements JavaDelegate {

    private final NominationCases cases;
    private final Nominations nominations;
    private final RuntimeService runtime;
    private final IdentityService identity;

    AppliedFromNominationMessage(NominationCases cases, Nominations nominations, RuntimeService runtime, IdentityService identity) {
        this.cases = cases;
        this.nominations = nominations;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(execution);
    }

    /** Starts the application of the title this instance of the nomination's holder step is for, once. */
    void send(DelegateExecution execution) {
        Nominations.Nomination nomination = cases.of(execution);
        String titleNumber = (String) execution.getVariable(NominationProcess.TITLE);
        if (!nominations.titlesOf(nomination.number()).contains(titleNumber)) {
            throw new InvalidInput("称号 " + titleNumber + " 不在本次推荐（" + nomination.number() + "）的名单上，不能依此推荐申报。");
        }
        nominations.applicationOf(nomination.number(), titleNumber).ifPresent(made -> {
            throw new InvalidInput("称号 " + titleNumber + " 已依此推荐申报全国质量标杆（申报编号 " + made + "），不能重复申报。");
        });
        Map<String, Object> form = new HashMap<>();
        NominationPrefillListener.FORM_FIELDS.forEach(field -> form.put(field, execution.getVariable(field)));
        form.put(ApplicationProcess.RECOMMENDING_UNIT, nomination.unitCode());
        form.put(ApplicationProcess.APPLICANT, cases.holderOf(titleNumber));
        ProcessInstance application = SystemCalls.call(identity, () -> runtime
                .createMessageCorrelation(ApplicationProcess.APPLIED_FROM_NOMINATION).setVariables(form).correlateStartMessage());
        nominations.applied(nomination.number(), titleNumber, application.getBusinessKey());
    }
}
