package org.caq.benchmark.title;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Behind the exchange activity's throw event 参加经验交流活动: tells the management case of each title recorded as
 * attending this activity (its own record, never a variable) that the duty of Art. 23 is met. A title whose case does
 * not wait for it (a province's title, a duty already met) is not touched. Runs in the transaction that recorded the
 * attendance.
 */
@Component
class ExchangeAttendedMessage implements JavaDelegate {

    private final ExchangeCases cases;
    private final Titles titles;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ExchangeAttendedMessage(ExchangeCases cases, Titles titles, RuntimeService runtime, IdentityService identity) {
        this.cases = cases;
        this.titles = titles;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.of(execution).invitations().stream()
                .filter(invitation -> invitation.attendance() == Attendance.ATTENDED)
                .forEach(invitation -> titles.processOf(invitation.titleNumber()).ifPresent(instance ->
                        SystemCalls.run(identity, () -> runtime.createMessageCorrelation(TitleProcess.EXCHANGE_ATTENDED)
                                .processInstanceId(instance).correlateAll())));
    }
}
