package org.caq.benchmark.title;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** The office's investigation of the report, with its recommendation to the committee. */
@Component
class RecordRevocationInvestigationDelegate implements JavaDelegate {

    private final Revocations revocations;

    RecordRevocationInvestigationDelegate(Revocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String findings = new FormValues(execution.getVariables()).text(TitleProcess.FINDINGS, "调查核实情况", 2000);
        Object recommendation = execution.getVariable(TitleProcess.RECOMMENDATION);
        if (!TitleProcess.REVOKE.equals(recommendation) && !TitleProcess.KEEP.equals(recommendation)) {
            throw new InvalidInput("办公室意见只能是 revoke（撤销称号）或 keep（维持称号）（当前值：" + recommendation + "）。");
        }
        revocations.investigated(execution.getProcessBusinessKey(), findings + "\n\n办公室意见："
                + (TitleProcess.REVOKE.equals(recommendation) ? "撤销称号。" : "维持称号。"));
    }
}
