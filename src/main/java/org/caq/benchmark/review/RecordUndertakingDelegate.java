package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * Records the expert's confidentiality undertaking for the campaign (Art. 15) from the step where they signed it:
 * a review or a group's deliberation (an objection's vote has its own, in the publicity stage).
 */
@Component
class RecordUndertakingDelegate implements JavaDelegate {

    private final Undertakings undertakings;
    private final UndertakingGate cases;

    RecordUndertakingDelegate(Undertakings undertakings, UndertakingGate cases) {
        this.undertakings = undertakings;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.requireSigner(execution);
        UndertakingGate.Signer signer = cases.signerOf(execution);
        if (!undertakings.signed(signer.campaign(), signer.userId())
                && !new FormValues(execution.getVariables()).bool(ConfidentialityUndertaking.ACCEPTED)) {
            throw new InvalidInput("请阅读并勾选保密承诺后提交：签署前不能查看申报材料和评审情况（第十五条）。");
        }
        undertakings.sign(signer.campaign(), signer.userId(), Actor.of(execution), execution.getProcessInstanceId());
        // each signature is its signer's own: another member's step in this case must not find this one ticked
        execution.removeVariable(ConfidentialityUndertaking.ACCEPTED);
    }
}
