package org.caq.benchmark.title;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Behind the revocation's end event 称号已撤销: tells the revoked title's own management case (found through this
 * revocation's record, never a variable) that it ends. Runs in the transaction that recorded the decision.
 */
@Component
class TitleRevokedMessage implements JavaDelegate {

    private final TitleCases cases;
    private final Titles titles;
    private final RuntimeService runtime;
    private final IdentityService identity;

    TitleRevokedMessage(TitleCases cases, Titles titles, RuntimeService runtime, IdentityService identity) {
        this.cases = cases;
        this.titles = titles;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String title = cases.revocationOf(execution).orElseThrow().titleNumber();
        SystemCalls.run(identity, () -> runtime.createMessageCorrelation(TitleProcess.TITLE_REVOKED)
                .processInstanceId(titles.processOf(title).orElseThrow()).correlateAll());
    }
}
