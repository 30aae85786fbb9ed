package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** The office's investigation and verification (调查核实) of an objection, put before the committee. */
@Component
class RecordInvestigationDelegate implements JavaDelegate {

    private final Objections objections;
    private final ObjectionCases cases;

    RecordInvestigationDelegate(Objections objections, ObjectionCases cases) {
        this.objections = objections;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String findings = form.text(PublicityProcess.FINDINGS, "调查核实情况", 2000);
        String recommendation = form.choice(PublicityProcess.RECOMMENDATION, "办公室意见",
                PublicityProcess.OBJECTION_CHOICES);
        String label = PublicityProcess.UPHOLD.equals(recommendation) ? "办公室意见：异议成立。" : "办公室意见：异议不成立。";
        objections.investigated(cases.numberOf(execution), findings + "\n\n" + label, Actor.of(execution));
        // recorded: the committee's members read them on their vote task once they signed the undertaking, not before
        execution.removeVariable(PublicityProcess.FINDINGS);
        execution.removeVariable(PublicityProcess.RECOMMENDATION);
    }
}
