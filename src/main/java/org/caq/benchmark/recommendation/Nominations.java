package org.caq.benchmark.recommendation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The national nominations of provincial titles (V41): one per unit and national campaign, with the titles chosen. */
@Repository
public class Nominations {

    public record Nomination(String number, String campaignNumber, String unitCode, LocalDate chooseBy,
            LocalDate applyBy, boolean chosen) {
    }

    private final JdbcClient jdbc;

    Nominations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the unit's nomination for the campaign, numbered {@code <campaign>-<unit>-tj}; false when it has one. */
    boolean open(String number, String campaignNumber, String unitCode, LocalDate chooseBy, LocalDate applyBy,
            String by, String processInstanceId) {
        if (find(number).isPresent()) {
            return false;
        }
        jdbc.sql("""
                insert into national_nomination (number, campaign_number, unit_code, choose_by, apply_by, opened_by,
                    opened_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, campaignNumber, unitCode, Date.valueOf(chooseBy), Date.valueOf(applyBy), by,
                        Timestamp.from(BeijingTime.now()), processInstanceId)
                .update();
        return true;
    }

    void chosen(String number, List<String> titleNumbers, String by) {
        jdbc.sql("update national_nomination set nominated_by = ?, nominated_at = ? where number = ?")
                .params(by, Timestamp.from(BeijingTime.now()), number).update();
        titleNumbers.forEach(title -> jdbc.sql("insert into nominated_title (nomination_number, title_number) values (?, ?)")
                .params(number, title).update());
    }

    void applied(String number, String titleNumber, String applicationNumber) {
        jdbc.sql("update nominated_title set application_number = ? where nomination_number = ? and title_number = ?")
                .params(applicationNumber, number, titleNumber).update();
    }

    public Optional<Nomination> find(String number) {
        return jdbc.sql("select * from national_nomination where number = ?").param(number)
                .query((rs, row) -> new Nomination(rs.getString("number"), rs.getString("campaign_number"),
                        rs.getString("unit_code"), rs.getDate("choose_by").toLocalDate(),
                        rs.getDate("apply_by").toLocalDate(), rs.getTimestamp("nominated_at") != null))
                .optional();
    }

    /** The process instance the nomination belongs to: the one that opened it. */
    Optional<String> processOf(String number) {
        return jdbc.sql("select process_instance_id from national_nomination where number = ?").param(number)
                .query(String.class).optional();
    }

    /** The titles nominated, in the order chosen. */
    public List<String> titlesOf(String number) {
        return jdbc.sql("select title_number from nominated_title where nomination_number = ? order by title_number")
                .param(number).query(String.class).list();
    }

    /** The national application a nominated title's holder made from the nomination, if any. */
    public Optional<String> applicationOf(String number, String titleNumber) {
        return jdbc.sql("select application_number from nominated_title where nomination_number = ? and title_number = ?")
                .params(number, titleNumber).query(String.class).optional();
    }
}
