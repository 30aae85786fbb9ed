package org.caq.benchmark.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.review.Committees;
import org.caq.benchmark.review.Undertakings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What {@code benchmark-objection} routes on, read from the objection's record by its number (the business key). */
@Component("objectionCases")
public class ObjectionCases {

    private final Objections objections;
    private final Campaigns campaigns;
    private final Publicities publicities;
    private final Committees committees;
    private final ObjectionVotes votes;
    private final Undertakings undertakings;
    private final Clock clock;
    private final int investigationDays;
    private final int voteDays;
    private final int replyDays;
    private final int followUpDays;

    ObjectionCases(Objections objections, Campaigns campaigns, Publicities publicities, Committees committees,
            ObjectionVotes votes, Undertakings undertakings, Clock clock,
            @Value("${benchmark.objections.investigation-days:5}") int investigationDays,
            @Value("${benchmark.objections.vote-days:5}") int voteDays,
            @Value("${benchmark.objections.reply-days:3}") int replyDays,
            @Value("${benchmark.objections.follow-up-days:2}") int followUpDays) {
        this.objections = objections;
        this.campaigns = campaigns;
        this.publicities = publicities;
        this.committees = committees;
        this.votes = votes;
        this.undertakings = undertakings;
        this.clock = clock;
        this.investigationDays = investigationDays;
        this.voteDays = voteDays;
        this.replyDays = replyDays;
        this.followUpDays = followUpDays;
    }

    /** The objection's number (the business key), once its record is known to be this case's own. */
    public String numberOf(DelegateExecution execution) {
        return CaseRecords.own(execution, "异议", objections::claim);
    }

    public Objection of(DelegateExecution execution) {
        String number = numberOf(execution);
        return objections.find(number).orElseThrow(() -> new IllegalStateException("No objection row for " + number));
    }

    public String officeGroupOf(DelegateExecution execution) {
        return campaigns.find(of(execution).campaignNumber()).orElseThrow().officeGroup();
    }

    /**
     * The chair alone decided for the committee in the models before the committee voted (docs/decisions/0021): their
     * running cases still reach the chair; no model deployed since uses this.
     */
    public String chairOf(DelegateExecution execution) {
        return committees.chairUserOf(of(execution).campaignNumber());
    }

    /** The members called to vote (Art. 21), one vote task each. */
    public List<String> votersOf(DelegateExecution execution) {
        return votes.of(numberOf(execution)).stream().map(ObjectionVotes.Vote::voterUser).toList();
    }

    /** Whether the member called to vote signed the campaign's confidentiality undertaking (Art. 15). */
    public boolean undertakingSigned(DelegateExecution execution) {
        return undertakings.signed(of(execution).campaignNumber(), (String) execution.getVariable(PublicityProcess.VOTER));
    }

    /** Whether the votes cast already decide the objection, so the members yet to vote need not. */
    public boolean voteSettled(DelegateExecution execution) {
        return votes.tally(numberOf(execution)).settled();
    }

    /** The bound the office set when publishing: by its end every objection of the campaign is to be settled. */
    public Date boundAt(DelegateExecution execution) {
        return BeijingTime.endOf(bound(execution));
    }

    /** Each step has days of its own from when it opens, never beyond the bound; a step opening late is due at once. */
    public Date investigationDueAt(DelegateExecution execution) {
        return dueWithin(execution, investigationDays);
    }

    public Date voteDueAt(DelegateExecution execution) {
        return dueWithin(execution, voteDays);
    }

    public Date replyDueAt(DelegateExecution execution) {
        return dueWithin(execution, replyDays);
    }

    /** When the office should have followed an overdue objection up. */
    public Date followUpDueAt(DelegateExecution execution) {
        return BeijingTime.endOf(LocalDate.now(clock).plusDays(followUpDays));
    }

    /** The bound; kept for the models whose tasks were all due at it. */
    public Date dueAt(DelegateExecution execution) {
        return boundAt(execution);
    }

    private LocalDate bound(DelegateExecution execution) {
        return publicities.find(of(execution).campaignNumber()).orElseThrow().objectionBound();
    }

    private Date dueWithin(DelegateExecution execution, int days) {
        LocalDate due = LocalDate.now(clock).plusDays(days);
        LocalDate bound = bound(execution);
        return BeijingTime.endOf(due.isAfter(bound) ? bound : due);
    }

    public boolean upheld(DelegateExecution execution) {
        return of(execution).status() == Objection.Status.UPHELD;
    }

    /** Whether no objection of this one's campaign is still open (this one just closed): the campaign may be told. */
    public boolean allSettled(DelegateExecution execution) {
        return objections.openCount(of(execution).campaignNumber()) == 0;
    }
}
