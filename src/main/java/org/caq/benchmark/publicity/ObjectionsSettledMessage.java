package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Behind the objection's throw event 异议全部办结, reached when the last open objection of a campaign closes: tells the
 * campaign of this objection's record (never a variable) that publicity may close. A campaign whose publicity period
 * has not ended yet does not wait for it: nothing is told. Runs in the transaction that closed the objection, under
 * the campaign's row lock.
 */
@Component
class ObjectionsSettledMessage implements JavaDelegate {

    private final ObjectionCases cases;
    private final Campaigns campaigns;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ObjectionsSettledMessage(ObjectionCases cases, Campaigns campaigns, RuntimeService runtime, IdentityService identity) {
        this.cases = cases;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.of(execution).campaignNumber();
        SystemCalls.run(identity, () -> runtime.createMessageCorrelation(PublicityProcess.OBJECTIONS_SETTLED)
                .processInstanceId(campaigns.processOf(campaign).orElseThrow()).correlateAll());
    }
}
