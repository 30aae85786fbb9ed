package org.caq.benchmark.publicity;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * The committee's decision on an objection (Art. 21), counted from its members' votes: upheld only when more than half
 * of the members called to vote uphold it (docs/decisions/0021). Upheld: the application leaves the list at once and
 * its case is told by the model's throw event 异议成立 ({@link ObjectionUpheldMessage}); dismissed: it stays. A case put before the chair alone by an earlier model still
 * takes the decision from the chair's form.
 */
@Component
class RecordObjectionDecisionDelegate implements JavaDelegate {

    /** Who decided, as recorded: the committee by its votes, not one person. */
    static final String COMMITTEE_VOTE = "committee-vote";
    static final int MAX_REASON = 2000;

    private final Objections objections;
    private final Publicities publicities;
    private final ObjectionCases cases;
    private final ObjectionVotes votes;
    /** Sends ObjectionUpheld for a case on a version without the throw event (deployed before issue 16). */
    private final ObjectionUpheldMessage upheldMessage;

    RecordObjectionDecisionDelegate(Objections objections, Publicities publicities, ObjectionCases cases,
            ObjectionVotes votes, ObjectionUpheldMessage upheldMessage) {
        this.upheldMessage = upheldMessage;
        this.votes = votes;
        this.objections = objections;
        this.publicities = publicities;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Objection objection = cases.of(execution);
        List<ObjectionVotes.Vote> cast = votes.of(objection.number());
        boolean upheld;
        String reason;
        String decidedBy;
        if (cast.isEmpty()) {
            FormValues form = new FormValues(execution.getVariables());
            upheld = PublicityProcess.UPHOLD.equals(form.choice(PublicityProcess.DECISION, "审议结论",
                    PublicityProcess.OBJECTION_CHOICES));
            reason = form.text(PublicityProcess.DECISION_REASON, "审议意见", 2000);
            decidedBy = Actor.of(execution);
        } else {
            ObjectionVotes.Tally tally = votes.tally(objection.number());
            upheld = tally.upheld();
            reason = reason(tally, cast, upheld);
            decidedBy = COMMITTEE_VOTE;
        }
        objections.decided(objection.number(), upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED, reason,
                decidedBy);
        if (upheld) {
            publicities.markOff(objection.campaignNumber(), objection.applicationNumber(),
                    Publicity.Outcome.OBJECTION_UPHELD, Publicity.Outcome.OBJECTION_UPHELD.displayName());
            if (!ModelMessages.thrownByModel(execution, ApplicationProcess.OBJECTION_UPHELD)) {
                upheldMessage.execute(execution);
            }
        }
    }

    /** The count and the opinions that carried the decision, without the members' names (the office replies from it). */
    static String reason(ObjectionVotes.Tally tally, List<ObjectionVotes.Vote> cast, boolean upheld) {
        String side = upheld ? PublicityProcess.UPHOLD : PublicityProcess.DISMISS;
        StringBuilder text = new StringBuilder("评审委员会表决：应表决委员 ").append(tally.members()).append(" 名，认为异议成立 ")
                .append(tally.uphold()).append(" 票，认为异议不成立 ").append(tally.dismiss()).append(" 票，未表决 ")
                .append(tally.members() - tally.uphold() - tally.dismiss()).append(" 名；")
                .append(upheld ? "过半数委员认为异议成立。" : "认为异议成立的委员未过半数，异议不成立。").append("\n\n主要理由：");
        cast.stream().filter(vote -> side.equals(vote.vote())).map(ObjectionVotes.Vote::opinion).distinct()
                .forEach(opinion -> text.append("\n- ").append(opinion));
        return text.length() <= MAX_REASON ? text.toString() : text.substring(0, MAX_REASON - 1) + "…";
    }
}
