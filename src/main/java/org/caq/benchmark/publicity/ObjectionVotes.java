package org.caq.benchmark.publicity;

import java.sql.Timestamp;
import java.util.List;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.review.CommitteeRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee members called to vote on an objection and the votes they cast (Art. 21). */
@Repository
public class ObjectionVotes {

    /** One member's place on the roster; {@code vote} is null until cast (or when the vote was settled without it). */
    public record Vote(String voterUser, String expertCode, String vote, String opinion) {

        public boolean cast() {
            return vote != null;
        }
    }

    /** The count once the votes are in: upheld only when more than half of the members called uphold it. */
    public record Tally(int members, int uphold, int dismiss) {

        public boolean upheld() {
            return uphold * 2 > members;
        }

        /** Whether the outcome can no longer change: a majority upholds, or upholding can no longer reach one. */
        public boolean settled() {
            return upheld() || (members - dismiss) * 2 <= members;
        }
    }

    private final JdbcClient jdbc;

    ObjectionVotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void call(String objection, List<CommitteeRoster.Voter> voters) {
        voters.forEach(voter -> jdbc.sql("insert into objection_vote (objection_number, voter_user, expert_code) values (?, ?, ?)")
                .params(objection, voter.userId(), voter.expertCode()).update());
    }

    /** Records a vote once; answers false when this member has no uncast vote on the objection. */
    boolean cast(String objection, String voter, String vote, String opinion, String by) {
        return jdbc.sql("""
                update objection_vote set vote = ?, opinion = ?, voted_by = ?, voted_at = ?
                where objection_number = ? and voter_user = ? and vote is null""")
                .params(vote, opinion, by, Timestamp.from(BeijingTime.now()), objection, voter).update() == 1;
    }

    public List<Vote> of(String objection) {
        return jdbc.sql("select * from objection_vote where objection_number = ? order by expert_code").param(objection)
                .query((rs, row) -> new Vote(rs.getString("voter_user"), rs.getString("expert_code"), rs.getString("vote"),
                        rs.getString("opinion")))
                .list();
    }

    public Tally tally(String objection) {
        List<Vote> votes = of(objection);
        return new Tally(votes.size(), (int) votes.stream().filter(v -> PublicityProcess.UPHOLD.equals(v.vote())).count(),
                (int) votes.stream().filter(v -> PublicityProcess.DISMISS.equals(v.vote())).count());
    }
}
