package org.caq.benchmark.publicity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections whose steps went past their due dates: when the office was told, which steps, and what it did. */
@Repository
public class ObjectionFollowUps {

    /** One escalation; the note is null until the office records its follow-up. */
    public record FollowUp(long id, String objectionNumber, String overdueSteps, Instant escalatedAt, String note, String notedBy) {
    }

    private final JdbcClient jdbc;

    ObjectionFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void escalated(String objection, String overdueSteps) {
        jdbc.sql("insert into objection_follow_up (objection_number, overdue_steps, escalated_at) values (?, ?, ?)")
                .params(objection, overdueSteps, Timestamp.from(BeijingTime.now())).update();
    }

    /** Records the follow-up on the oldest escalation of the objection still without one. */
    void followedUp(String objection, String note, String by) {
        jdbc.sql("""
                update objection_follow_up set follow_up_note = ?, noted_by = ?, noted_at = ?
                where id = (select min(id) from objection_follow_up where objection_number = ? and follow_up_note is null)""")
                .params(note, by, Timestamp.from(BeijingTime.now()), objection).update();
    }

    public List<FollowUp> of(String objection) {
        return jdbc.sql("select * from objection_follow_up where objection_number = ? order by id").param(objection)
                .query((rs, row) -> new FollowUp(rs.getLong("id"), rs.getString("objection_number"),
                        rs.getString("overdue_steps"), rs.getTimestamp("escalated_at").toInstant(),
                        rs.getString("follow_up_note"), rs.getString("noted_by")))
                .list();
    }
}
