package org.caq.benchmark.title;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** The investigation of the report, with its recommendation to the office's decision. */
@Component
class RecordRevocationInvestigationDelegate implements JavaDelegate {

    private final Revocations revocations;
    private final TitleCases cases;

    RecordRevocationInvestigationDelegate(Revocations revocations, TitleCases cases) {
        this.revocations = revocations;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String findings = form.text(TitleProcess.FINDINGS, "调查核实情况", 2000);
        String recommendation = form.choice(TitleProcess.RECOMMENDATION, "调查核实意见",
                TitleProcess.REVOCATION_CHOICES);
        revocations.investigated(cases.revocationOf(execution).orElseThrow().number(), findings + "\n\n调查核实意见："
                + (TitleProcess.REVOKE.equals(recommendation) ? "撤销称号。" : "维持称号。"));
    }
}
