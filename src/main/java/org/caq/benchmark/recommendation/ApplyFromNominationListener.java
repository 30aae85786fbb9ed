package org.caq.benchmark.recommendation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * The nominated holder submits its national application from the nomination: only the holder applies from its
 * nomination, and only by the day set. The end event after the task ({@link AppliedFromNominationMessage}) then starts
 * the national application case with the form as the holder completed it, in the same transaction, so every rule of a
 * national application refuses the completion with its reasons.
 */
@Component
class ApplyFromNominationListener implements TaskListener {

    private final NominationCases cases;
    private final CurrentUser user;
    private final AppliedFromNominationMessage applied;

    ApplyFromNominationListener(NominationCases cases, CurrentUser user, AppliedFromNominationMessage applied) {
        this.cases = cases;
        this.user = user;
        this.applied = applied;
    }

    @Override
    public void notify(DelegateTask task) {
        Nominations.Nomination nomination = cases.of(task.getExecution());
        String titleNumber = (String) task.getExecution().getVariable(NominationProcess.TITLE);
        String holder = cases.holderOf(titleNumber);
        if (!user.groups().isEmpty() && !holder.equals(user.id())) {
            throw new InvalidInput("只有被推荐的质量标杆单位本身可以依此推荐申报全国质量标杆。");
        }
        if (BeijingTime.today().isAfter(nomination.applyBy())) {
            throw new InvalidInput("依推荐申报全国质量标杆的截止日期 " + nomination.applyBy() + " 已过，不能再提交。");
        }
        if (!ModelMessages.thrownByModel(task.getExecution(), ApplicationProcess.APPLIED_FROM_NOMINATION)) {
            // a nomination on a model before the end event 依推荐申报 (decision 0083): the application starts here
            applied.send(task.getExecution());
        }
    }
}
