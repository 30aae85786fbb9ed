package org.caq.benchmark.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** One committee member's vote on an objection, with the opinion that carries it. */
@Component
class RecordVoteDelegate implements JavaDelegate {

    static final int MAX_OPINION = 500;

    private final ObjectionVotes votes;
    private final ObjectionCases cases;

    RecordVoteDelegate(ObjectionVotes votes, ObjectionCases cases) {
        this.votes = votes;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String vote = form.choice(PublicityProcess.VOTE, "表决意见", PublicityProcess.OBJECTION_CHOICES);
        String opinion = form.text(PublicityProcess.VOTE_OPINION, "表决理由", MAX_OPINION);
        String voter = (String) execution.getVariable(PublicityProcess.VOTER);
        if (!votes.cast(cases.numberOf(execution), voter, vote, opinion, Actor.of(execution))) {
            throw new InvalidInput("该委员已对本异议表决，每名委员只表决一次。");
        }
        // the votes of the other members are their own to give: nothing of this one stays where theirs are read
        execution.removeVariable(PublicityProcess.VOTE);
        execution.removeVariable(PublicityProcess.VOTE_OPINION);
    }
}
