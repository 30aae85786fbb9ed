package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Behind the objection's throw event 异议成立: tells the objected application's own case (found through this
 * objection's record, never a variable) that it leaves the list. A second upheld objection finds the case already
 * ended: nothing to tell it. Runs in the transaction that recorded the committee's decision.
 */
@Component
class ObjectionUpheldMessage implements JavaDelegate {

    private final ObjectionCases cases;
    private final Applications applications;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ObjectionUpheldMessage(ObjectionCases cases, Applications applications, RuntimeService runtime,
            IdentityService identity) {
        this.cases = cases;
        this.applications = applications;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String application = cases.of(execution).applicationNumber();
        SystemCalls.run(identity, () -> runtime.createMessageCorrelation(ApplicationProcess.OBJECTION_UPHELD)
                .processInstanceId(applications.processOf(application).orElseThrow()).correlateAll());
    }
}
