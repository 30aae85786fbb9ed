package org.caq.benchmark.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the application to its recommending unit once the required materials are attached. */
@Component
class SubmitApplicationDelegate implements JavaDelegate {

    private final RequiredMaterials materials;

    SubmitApplicationDelegate(RequiredMaterials materials) {
        this.materials = materials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        materials.requireComplete((String) execution.getVariable(ApplicationProcess.APPLICATION_NUMBER));
    }
}
