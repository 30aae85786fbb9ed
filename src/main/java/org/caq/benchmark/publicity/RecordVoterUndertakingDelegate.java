package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.review.ConfidentialityUndertaking;
import org.caq.benchmark.review.Undertakings;
import org.springframework.stereotype.Component;

/** A member called to vote on an objection signs the campaign's confidentiality undertaking first (Art. 15). */
@Component
class RecordVoterUndertakingDelegate implements JavaDelegate {

    private final Undertakings undertakings;
    private final ObjectionCases cases;

    RecordVoterUndertakingDelegate(Undertakings undertakings, ObjectionCases cases) {
        this.undertakings = undertakings;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String voter = (String) execution.getVariable(PublicityProcess.VOTER);
        Authentication worker = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (worker != null && !worker.getUserId().equals(voter)) {
            throw new InvalidInput("保密承诺只能由本人签署。");
        }
        String campaign = cases.of(execution).campaignNumber();
        if (!undertakings.signed(campaign, voter) && !new FormValues(execution.getVariables()).bool(ConfidentialityUndertaking.ACCEPTED)) {
            throw new InvalidInput("请阅读并勾选保密承诺后提交：签署前不能查看异议和调查核实情况（第十五条）。");
        }
        undertakings.sign(campaign, voter, Actor.of(execution), execution.getProcessInstanceId());
        // each signature is its signer's own: another member's step in this case must not find this one ticked
        execution.removeVariable(ConfidentialityUndertaking.ACCEPTED);
    }
}
