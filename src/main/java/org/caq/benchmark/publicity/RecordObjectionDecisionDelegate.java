package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * The committee's decision on an objection. Upheld: the application leaves the list at once and its case ends
 * with that outcome; dismissed: it stays.
 */
@Component
class RecordObjectionDecisionDelegate implements JavaDelegate {

    private final Objections objections;
    private final Publicities publicities;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ObjectionCases cases;
    private final Applications applications;

    RecordObjectionDecisionDelegate(Objections objections, Publicities publicities, RuntimeService runtime,
            IdentityService identity, ObjectionCases cases, Applications applications) {
        this.objections = objections;
        this.publicities = publicities;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        boolean upheld = PublicityProcess.UPHOLD.equals(form.choice(PublicityProcess.DECISION, "审议结论",
                PublicityProcess.OBJECTION_CHOICES));
        String reason = form.text(PublicityProcess.DECISION_REASON, "审议意见", 2000);
        Objection objection = cases.of(execution);
        objections.decided(objection.number(), upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED, reason,
                Actor.of(execution));
        if (upheld) {
            publicities.markOff(objection.campaignNumber(), objection.applicationNumber(),
                    Publicity.Outcome.OBJECTION_UPHELD, Publicity.Outcome.OBJECTION_UPHELD.displayName());
            // a second upheld objection finds the case already ended: nothing to tell it
            SystemCalls.run(identity, () -> runtime.createMessageCorrelation(ApplicationProcess.OBJECTION_UPHELD)
                    .processInstanceId(applications.processOf(objection.applicationNumber()).orElseThrow()).correlateAll());
        }
    }
}
