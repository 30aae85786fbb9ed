package org.caq.benchmark.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * A {@code benchmark-deliberation} case is one group's deliberation at one stage; its business key
 * {@code <campaign>/<stage>/<group>} says which, and cannot be changed by whoever works its task.
 */
@Component("deliberationCases")
public class DeliberationCases {

    record Subject(String campaign, ReviewStage stage, String group) {

        String businessKey() {
            return campaign + "/" + stage.name() + "/" + group;
        }
    }

    private final Committees committees;
    private final Experts experts;

    DeliberationCases(Committees committees, Experts experts) {
        this.committees = committees;
        this.experts = experts;
    }

    static Subject of(DelegateExecution execution) {
        String[] parts = execution.getProcessBusinessKey().split("/");
        return new Subject(parts[0], ReviewStage.valueOf(parts[1]), parts[2]);
    }

    /** Refuses a deliberation recorded by anyone but the group's leader (the procedure itself may). */
    void requireRecordedByLeader(DelegateExecution execution) {
        Authentication worker = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (worker != null && !worker.getUserId().equals(leaderOf(execution))) {
            throw new InvalidInput("专业组合议结果只能由本组组长提交。");
        }
    }

    /** The group's leader, who records the group's decision. */
    public String leaderOf(DelegateExecution execution) {
        Subject subject = of(execution);
        Committee committee = committees.find(subject.campaign()).orElseThrow();
        String leader = committee.group(subject.group()).orElseThrow().leader();
        return experts.find(leader).orElseThrow().userId();
    }
}
