package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * Records the reply to the objector and settles the objection. The campaign's row lock, held to the end of the
 * transaction, orders this against the period's end and against the other objections closing: the model's gateway
 * then sees whether this was the last one open and, if so, its throw event 异议全部办结 tells the campaign
 * ({@link ObjectionsSettledMessage}).
 */
@Component
class CloseObjectionDelegate implements JavaDelegate {

    private final Objections objections;
    private final Campaigns campaigns;
    private final ObjectionCases cases;
    /** Sends ObjectionsSettled for a case on a version without the throw event (deployed before issue 16). */
    private final ObjectionsSettledMessage settled;

    CloseObjectionDelegate(Objections objections, Campaigns campaigns, ObjectionCases cases,
            ObjectionsSettledMessage settled) {
        this.settled = settled;
        this.objections = objections;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reply = new FormValues(execution.getVariables()).text(PublicityProcess.REPLY, "答复内容", 2000);
        Objection objection = cases.of(execution);
        campaigns.lock(objection.campaignNumber());
        objections.closed(objection.number(), reply, Actor.of(execution));
        if (!ModelMessages.thrownByModel(execution, PublicityProcess.OBJECTIONS_SETTLED) && cases.allSettled(execution)) {
            settled.execute(execution);
        }
    }
}
