package org.caq.benchmark.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caq.benchmark.application.Applications;
import org.springframework.stereotype.Component;

/**
 * The members of a campaign's review committee who vote on a matter put before the committee (Art. 21: objections):
 * the chair, the vice-chair and every member of its specialist groups (Art. 13–14), less those the rules of 回避 keep
 * away from the application concerned (Conflicts), as they are kept from reviewing it.
 */
@Component
public class CommitteeRoster {

    /** A member called to vote: the expert and the login they vote with. */
    public record Voter(String expertCode, String userId) {
    }

    private final Committees committees;
    private final Experts experts;

    CommitteeRoster(Committees committees, Experts experts) {
        this.committees = committees;
        this.experts = experts;
    }

    public List<Voter> votersOn(Applications.Case application) {
        Committee committee = committees.find(application.campaignNumber())
                .orElseThrow(() -> new IllegalStateException("No committee for " + application.campaignNumber()));
        Set<String> codes = new LinkedHashSet<>();
        codes.add(committee.chair());
        codes.add(committee.viceChair());
        committee.groups().forEach(group -> codes.addAll(group.members()));
        Candidate candidate = ReviewRound.candidate(application);
        return codes.stream().map(code -> experts.find(code).orElseThrow())
                .filter(expert -> Conflicts.between(expert, candidate).isEmpty())
                .map(expert -> new Voter(expert.code(), expert.userId())).toList();
    }
}
