package org.caq.benchmark.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of notices: written with the event, read by the sender, never deleted (part of the case's trail). */
@Repository
public class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this person already has the notice of this key (reminders and listings are sent once). */
    boolean exists(String dedupKey, String user) {
        return dedupKey != null && jdbc.sql("select count(*) from notice where dedup_key = ?").param(dedupKey + "/" + user)
                .query(Integer.class).single() > 0;
    }

    void insert(Notice.Draft draft, String user, String address) {
        Timestamp now = Timestamp.from(BeijingTime.now());
        String key = draft.dedupKey() == null ? null : draft.dedupKey() + "/" + user;
        jdbc.sql("""
                insert into notice (id, event, process_instance_id, business_key, case_number, recipient_user, recipient_address,
                    subject, body, signer, status, attempts, next_attempt_at, dedup_key, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), draft.event(), draft.processInstanceId(), draft.businessKey(),
                        caseNumber(draft.businessKey()), user,
                        address, draft.subject(), draft.body(), draft.signer(),
                        (address == null ? Notice.Status.NO_ADDRESS : Notice.Status.PENDING).name(), now, key, now)
                .update();
    }

    /** The case a business key names: a review's key is its case's number, '/', and the review's own suffix. */
    static String caseNumber(String businessKey) {
        int slash = businessKey == null ? -1 : businessKey.indexOf('/');
        return slash < 0 ? businessKey : businessKey.substring(0, slash);
    }

    /** Notices due for an attempt: every new one, and a failed one once its wait is over. */
    List<String> due(int limit) {
        Timestamp now = Timestamp.from(BeijingTime.now());
        return jdbc.sql("""
                select id from notice where status = 'PENDING' and (attempts = 0 or next_attempt_at <= ?)
                and (claimed_until is null or claimed_until < ?) order by created_at""")
                .params(now, now).query(String.class).list().stream().limit(limit).toList();
    }

    /** Takes a notice for sending, so that another node does not send it too; false when someone else has it. */
    boolean claim(String id, Instant until) {
        Timestamp now = Timestamp.from(BeijingTime.now());
        return jdbc.sql("""
                update notice set claimed_until = ? where id = ? and status = 'PENDING'
                and (claimed_until is null or claimed_until < ?)""")
                .params(Timestamp.from(until), id, now).update() == 1;
    }

    Notice find(String id) {
        return jdbc.sql("select * from notice where id = ?").param(id).query(Notices::map).single();
    }

    void sent(String id) {
        jdbc.sql("update notice set status = 'SENT', attempts = attempts + 1, sent_at = ?, claimed_until = null where id = ?")
                .params(Timestamp.from(BeijingTime.now()), id).update();
    }

    void failed(String id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("""
                update notice set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = null,
                status = ? where id = ?""")
                .params(error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(nextAttempt),
                        giveUp ? "FAILED" : "PENDING", id)
                .update();
    }

    /** Every notice of a case, in the order written. */
    public List<Notice> ofCase(String processInstanceId) {
        return jdbc.sql("select * from notice where process_instance_id = ? order by created_at, id").param(processInstanceId)
                .query(Notices::map).list();
    }

    private static Notice map(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Notice(rs.getString("id"), rs.getString("event"), rs.getString("process_instance_id"),
                rs.getString("business_key"), rs.getString("recipient_user"), rs.getString("recipient_address"),
                rs.getString("subject"), rs.getString("body"), rs.getString("signer"), Notice.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
