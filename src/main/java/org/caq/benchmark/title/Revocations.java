package org.caq.benchmark.title;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Revocations {

    private final JdbcClient jdbc;

    Revocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a case numbered after the title ({@code <title>-R<n>}); call with the title's row locked. */
    String open(String titleNumber, RevocationGround ground, String groundDetail, String report, String openedBy,
            String processInstanceId) {
        long count = jdbc.sql("select count(*) from revocation where title_number = ?").param(titleNumber)
                .query(Long.class).single();
        String number = titleNumber + "-R" + (count + 1);
        jdbc.sql("""
                insert into revocation (number, title_number, ground, ground_detail, report, opened_by, opened_at,
                    process_instance_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, titleNumber, ground.name(), groundDetail, report, openedBy, Timestamp.from(BeijingTime.now()),
                        processInstanceId)
                .update();
        return number;
    }

    boolean anyOpen(String titleNumber) {
        return jdbc.sql("select count(*) from revocation where title_number = ? and decision is null").param(titleNumber)
                .query(Long.class).single() > 0;
    }

    void investigated(String number, String findings) {
        jdbc.sql("update revocation set findings = ? where number = ?").params(findings, number).update();
    }

    void decided(String number, String decision, String reason, String by, String noticeText) {
        jdbc.sql("""
                update revocation set decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?, notice_text = ?
                where number = ?""")
                .params(decision, reason, by, Timestamp.from(BeijingTime.now()), noticeText, number).update();
    }

    /** The process instance the revocation case belongs to: the one that opened it. */
    Optional<String> processOf(String number) {
        return jdbc.sql("select process_instance_id from revocation where number = ?").param(number)
                .query(String.class).optional();
    }

    public Optional<Revocation> find(String number) {
        return jdbc.sql("select * from revocation where number = ?").param(number).query(Revocations::map).optional();
    }

    /** The decision that revoked the title, with its notice, if it was revoked. */
    public Optional<Revocation> revocationOf(String titleNumber) {
        return jdbc.sql("select * from revocation where title_number = ? and decision = 'revoke'").param(titleNumber)
                .query(Revocations::map).optional();
    }

    /** The published revocation notices, newest first. */
    public List<Revocation> revoked() {
        return jdbc.sql("select * from revocation where decision = 'revoke' order by decided_at desc")
                .query(Revocations::map).list();
    }

    private static Revocation map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Revocation(rs.getString("number"), rs.getString("title_number"),
                RevocationGround.valueOf(rs.getString("ground")), rs.getString("ground_detail"), rs.getString("report"),
                rs.getString("findings"),
                rs.getString("decision"), rs.getString("decision_reason"), decided == null ? null : decided.toInstant(),
                rs.getString("notice_text"));
    }
}
