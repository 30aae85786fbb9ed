package org.caq.benchmark.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Objections {

    private final JdbcClient jdbc;

    Objections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number in the campaign; call with the campaign's row locked. */
    String nextNumber(String campaign) {
        long count = jdbc.sql("select count(*) from objection where campaign_number = ?").param(campaign)
                .query(Long.class).single();
        return campaign + "-Y" + String.format("%03d", count + 1);
    }

    void insert(String number, String campaign, ObjectionForm form, DocumentStore.StoredFile evidence, String clientAddress) {
        jdbc.sql("""
                insert into objection (number, campaign_number, application_number, objector_name, objector_organisation,
                    contact_phone, contact_email, grounds, evidence_id, evidence_file_name, evidence_content_type,
                    evidence_size, evidence_sha256, client_address, submitted_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNDER_INVESTIGATION')""")
                .params(number, campaign, form.applicationNumber(), form.name(), form.organisation(), form.phone(),
                        form.email(), form.grounds(), evidence == null ? null : evidence.id(),
                        evidence == null ? null : evidence.fileName(), evidence == null ? null : evidence.contentType(),
                        evidence == null ? null : evidence.size(), evidence == null ? null : evidence.sha256(),
                        clientAddress, Timestamp.from(BeijingTime.now()))
                .update();
    }

    /**
     * The process instance the objection belongs to. The intake records the objection and starts its handling in one
     * transaction; the handling's first step ties the record to its instance, and no other instance can take it after.
     */
    Optional<String> claim(String number, String processInstanceId) {
        jdbc.sql("update objection set process_instance_id = ? where number = ? and process_instance_id is null")
                .params(processInstanceId, number).update();
        return jdbc.sql("select process_instance_id from objection where number = ?").param(number)
                .query(String.class).optional();
    }

    /** How many objections came in since an instant, and when the oldest of them came. */
    record Rate(long count, Instant oldest) {
    }

    /** The objections from this address since the instant. */
    Rate fromAddressSince(String clientAddress, Instant since) {
        return jdbc.sql("select count(*), min(submitted_at) from objection where client_address = ? and submitted_at >= ?")
                .params(clientAddress, Timestamp.from(since)).query(Objections::rate).single();
    }

    /** The objections from all addresses since the instant. */
    Rate since(Instant since) {
        return jdbc.sql("select count(*), min(submitted_at) from objection where submitted_at >= ?")
                .param(Timestamp.from(since)).query(Objections::rate).single();
    }

    private static Rate rate(ResultSet rs, int row) throws SQLException {
        Timestamp oldest = rs.getTimestamp(2);
        return new Rate(rs.getLong(1), oldest == null ? null : oldest.toInstant());
    }

    boolean openFromPhone(String application, String phone) {
        return jdbc.sql("select count(*) from objection where application_number = ? and contact_phone = ? and closed_at is null")
                .params(application, phone).query(Long.class).single() > 0;
    }

    public long openCount(String campaign) {
        return jdbc.sql("select count(*) from objection where campaign_number = ? and closed_at is null").param(campaign)
                .query(Long.class).single();
    }

    void investigated(String number, String findings, String by) {
        jdbc.sql("update objection set findings = ?, investigated_by = ?, status = 'BEFORE_COMMITTEE' where number = ?")
                .params(findings, by, number).update();
    }

    void decided(String number, Objection.Status status, String reason, String by) {
        jdbc.sql("update objection set status = ?, decision_reason = ?, decided_by = ?, decided_at = ? where number = ?")
                .params(status.name(), reason, by, Timestamp.from(BeijingTime.now()), number).update();
    }

    void closed(String number, String reply, String by) {
        jdbc.sql("update objection set reply = ?, replied_by = ?, closed_at = ? where number = ?")
                .params(reply, by, Timestamp.from(BeijingTime.now()), number).update();
    }

    public Optional<Objection> find(String number) {
        return jdbc.sql("select * from objection where number = ?").param(number).query(Objections::map).optional();
    }

    public List<Objection> ofCampaign(String campaign) {
        return jdbc.sql("select * from objection where campaign_number = ? order by number").param(campaign)
                .query(Objections::map).list();
    }

    private static Objection map(ResultSet rs, int row) throws SQLException {
        String evidenceId = rs.getString("evidence_id");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Objection(rs.getString("number"), rs.getString("campaign_number"), rs.getString("application_number"),
                new Objection.Objector(rs.getString("objector_name"), rs.getString("objector_organisation"),
                        rs.getString("contact_phone"), rs.getString("contact_email")),
                rs.getString("grounds"),
                evidenceId == null ? null : new DocumentStore.StoredFile(evidenceId, rs.getString("evidence_file_name"),
                        rs.getString("evidence_content_type"), rs.getLong("evidence_size"), rs.getString("evidence_sha256")),
                rs.getTimestamp("submitted_at").toInstant(), Objection.Status.valueOf(rs.getString("status")),
                rs.getString("findings"), rs.getString("decision_reason"), rs.getString("reply"),
                closed == null ? null : closed.toInstant());
    }
}
