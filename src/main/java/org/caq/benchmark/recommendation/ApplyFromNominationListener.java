package org.caq.benchmark.recommendation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.stereotype.Component;

/**
 * The nominated holder submits its national application from the nomination: the form as the holder completed the
 * task (carried over from the provincial application, then checked and updated) starts the national application case,
 * under the nominating unit, as the holder's own; every rule of a national application applies and a broken one
 * refuses the completion with its reasons. Only the holder applies from its nomination, and only by the day set.
 */
@Component
class ApplyFromNominationListener implements TaskListener {

    private final NominationCases cases;
    private final Nominations nominations;
    private final CurrentUser user;

    ApplyFromNominationListener(NominationCases cases, Nominations nominations, CurrentUser user) {
        this.cases = cases;
        this.nominations = nominations;
        this.user = user;
    }

    @Override
    public void notify(DelegateTask task) {
        Nominations.Nomination nomination = cases.of(task.getExecution());
        String titleNumber = (String) task.getExecution().getVariableLocal(NominationProcess.TITLE);
        String holder = cases.holderOf(titleNumber);
        if (!user.groups().isEmpty() && !holder.equals(user.id())) {
            throw new InvalidInput("只有被推荐的质量标杆单位本身可以依此推荐申报全国质量标杆。");
        }
        if (BeijingTime.today().isAfter(nomination.applyBy())) {
            throw new InvalidInput("依推荐申报全国质量标杆的截止日期 " + nomination.applyBy() + " 已过，不能再提交。");
        }
        Map<String, Object> form = new HashMap<>();
        NominationPrefillListener.FORM_FIELDS.forEach(field -> form.put(field, task.getExecution().getVariable(field)));
        form.put(ApplicationProcess.RECOMMENDING_UNIT, nomination.unitCode());
        form.put(ApplicationProcess.APPLICANT, holder);
        ProcessInstance application = task.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(ApplicationProcess.KEY, form);
        nominations.applied(nomination.number(), titleNumber, application.getBusinessKey());
    }
}
