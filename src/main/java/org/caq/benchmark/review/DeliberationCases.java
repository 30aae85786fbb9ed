package org.caq.benchmark.review;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.CaseRecords;
import org.springframework.stereotype.Component;

/**
 * A {@code benchmark-deliberation} case is one group's deliberation at one stage; its business key
 * {@code <campaign>/<stage>/<group>} says which, and cannot be changed by whoever works its task.
 */
@Component("deliberationCases")
public class DeliberationCases {

    record Subject(String campaign, ReviewStage stage, String group) {

        String businessKey() {
            return ReviewKeys.group(campaign, stage, group);
        }
    }

    private final Committees committees;
    private final Experts experts;
    private final Deliberations deliberations;

    DeliberationCases(Committees committees, Experts experts, Deliberations deliberations) {
        this.committees = committees;
        this.experts = experts;
        this.deliberations = deliberations;
    }

    /** The group's stage this case deliberates, once it is known to be this case's own. */
    Subject of(DelegateExecution execution) {
        return parse(CaseRecords.own(execution, "专业组合议", (key, instance) -> parse(key)
                .flatMap(subject -> deliberations.claim(subject.campaign(), subject.group(), subject.stage(), instance))))
                .orElseThrow();
    }

    static Optional<Subject> parse(String key) {
        String[] parts = key.split("/");
        if (parts.length != 3 || Arrays.stream(ReviewStage.values()).noneMatch(stage -> stage.name().equals(parts[1]))) {
            return Optional.empty();
        }
        return Optional.of(new Subject(parts[0], ReviewStage.valueOf(parts[1]), parts[2]));
    }

    /** Whether this case deliberates the material review (else the defense review); the model's stage gateway asks. */
    public boolean atMaterialReview(DelegateExecution execution) {
        return of(execution).stage() == ReviewStage.MATERIAL;
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
