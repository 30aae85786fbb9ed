package org.caq.benchmark.title;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Duties of a title that went overdue, when the office was told, and what it did about them. */
@Repository
public class TitleDuties {

    private final JdbcClient jdbc;

    TitleDuties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One overdue duty of a title. */
    public record Overdue(String titleNumber, TitleDuty duty, Instant escalatedAt, String followUpNote, String notedBy) {
    }

    void escalated(String titleNumber, TitleDuty duty) {
        jdbc.sql("insert into title_duty_follow_up (title_number, duty, escalated_at) values (?, ?, ?)")
                .params(titleNumber, duty.name(), Timestamp.from(BeijingTime.now())).update();
    }

    void followedUp(String titleNumber, TitleDuty duty, String note, String by) {
        jdbc.sql("""
                update title_duty_follow_up set follow_up_note = ?, noted_by = ?, noted_at = ?
                where title_number = ? and duty = ?""")
                .params(note, by, Timestamp.from(BeijingTime.now()), titleNumber, duty.name()).update();
    }

    public List<Overdue> of(String titleNumber) {
        return jdbc.sql("select * from title_duty_follow_up where title_number = ? order by escalated_at")
                .param(titleNumber).query((rs, row) -> new Overdue(rs.getString("title_number"),
                        TitleDuty.valueOf(rs.getString("duty")), rs.getTimestamp("escalated_at").toInstant(),
                        rs.getString("follow_up_note"), rs.getString("noted_by")))
                .list();
    }
}
