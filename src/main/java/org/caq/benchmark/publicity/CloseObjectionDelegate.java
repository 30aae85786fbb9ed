package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Records the reply to the objector and settles the objection. The last one settled after the period ended lets
 * the campaign close publicity; the campaign's row lock orders this against the period's end.
 */
@Component
class CloseObjectionDelegate implements JavaDelegate {

    private final Objections objections;
    private final Campaigns campaigns;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ObjectionCases cases;

    CloseObjectionDelegate(Objections objections, Campaigns campaigns, RuntimeService runtime, IdentityService identity,
            ObjectionCases cases) {
        this.objections = objections;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reply = new FormValues(execution.getVariables()).text(PublicityProcess.REPLY, "答复内容", 2000);
        Objection objection = cases.of(execution);
        campaigns.lock(objection.campaignNumber());
        objections.closed(objection.number(), reply, Actor.of(execution));
        if (objections.openCount(objection.campaignNumber()) == 0) {
            SystemCalls.run(identity, () -> runtime.createMessageCorrelation(PublicityProcess.OBJECTIONS_SETTLED)
                    .processInstanceId(campaigns.processOf(objection.campaignNumber()).orElseThrow())
                    .correlateAll());
        }
    }
}
