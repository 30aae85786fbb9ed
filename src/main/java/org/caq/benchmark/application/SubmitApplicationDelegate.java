package org.caq.benchmark.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the recommended application's materials in for form review once the required ones are attached. */
@Component
class SubmitApplicationDelegate implements JavaDelegate {

    private final RequiredMaterials materials;
    private final Applications applications;
    private final ApplicationCases cases;

    SubmitApplicationDelegate(RequiredMaterials materials, Applications applications, ApplicationCases cases) {
        this.materials = materials;
        this.applications = applications;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = cases.numberOf(execution);
        // the row lock keeps a material from being removed while the case is handed over
        applications.lock(number);
        materials.requireComplete(number);
    }
}
