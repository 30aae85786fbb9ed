package org.caq.benchmark.publicity;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.review.CommitteeRoster;
import org.springframework.stereotype.Component;

/**
 * Puts the investigated objection before the review committee (Art. 21 "报评审委员会审议"): calls every member without a
 * conflict with the application to vote, fixing the roster a majority is counted on.
 */
@Component
class PutBeforeCommitteeDelegate implements JavaDelegate {

    private final ObjectionCases cases;
    private final Applications applications;
    private final CommitteeRoster roster;
    private final ObjectionVotes votes;

    PutBeforeCommitteeDelegate(ObjectionCases cases, Applications applications, CommitteeRoster roster, ObjectionVotes votes) {
        this.cases = cases;
        this.applications = applications;
        this.roster = roster;
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Objection objection = cases.of(execution);
        List<CommitteeRoster.Voter> voters = roster.votersOn(applications.find(objection.applicationNumber()).orElseThrow());
        if (voters.isEmpty()) {
            throw new IllegalStateException("Every member of the committee of " + objection.campaignNumber()
                    + " has a conflict with " + objection.applicationNumber() + ": nobody can vote on " + objection.number());
        }
        votes.call(objection.number(), voters);
    }
}
