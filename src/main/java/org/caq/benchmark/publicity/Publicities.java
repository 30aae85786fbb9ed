package org.caq.benchmark.publicity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.WorkingDayCalendar;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Publicities {

    private final JdbcClient jdbc;

    Publicities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void publish(String campaign, WorkingDayCalendar.Period period, LocalDate objectionsDueOn, PublicationChannels channels,
            String publishedBy, List<Applications.Case> list) {
        jdbc.sql("""
                insert into publicity (campaign_number, starts_on, ends_on, working_days, channel_codes, channels, published_by,
                    published_at, objections_due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(campaign, Date.valueOf(period.start()), Date.valueOf(period.end()), period.workingDays(),
                        channels.codes(), channels.note(), publishedBy, Timestamp.from(BeijingTime.now()), Date.valueOf(objectionsDueOn))
                .update();
        entries(campaign, list);
    }

    private void entries(String campaign, List<Applications.Case> list) {
        for (int i = 0; i < list.size(); i++) {
            Applications.Case entry = list.get(i);
            jdbc.sql("""
                    insert into publicity_entry (campaign_number, application_number, position, benchmark_name, enterprise_name)
                    values (?, ?, ?, ?, ?)""")
                    .params(campaign, entry.number(), i + 1, entry.application().benchmarkName(),
                            entry.application().enterpriseName())
                    .update();
        }
    }

    /**
     * The preliminary list of a campaign that runs without publicity (its level's notice has none): kept as the list the
     * final list is drawn from, never shown on the public pages and closed at once, so no objection is taken on it.
     */
    void recordUnpublicised(String campaign, LocalDate today, String recordedBy, List<Applications.Case> list) {
        Timestamp now = Timestamp.from(BeijingTime.now());
        jdbc.sql("""
                insert into publicity (campaign_number, starts_on, ends_on, working_days, published_by, published_at,
                    closed_at, publicised)
                values (?, ?, ?, 0, ?, ?, ?, false)""")
                .params(campaign, Date.valueOf(today), Date.valueOf(today), recordedBy, now, now).update();
        entries(campaign, list);
    }

    public Optional<Publicity> find(String campaign) {
        Map<String, List<Publicity.Entry>> entries = entries(" where campaign_number = ?", campaign);
        return jdbc.sql("select * from publicity where campaign_number = ?").param(campaign)
                .query((rs, row) -> map(rs, entries)).optional();
    }

    /** Every publicity held, newest first (not the lists of campaigns that ran without one). */
    public List<Publicity> all() {
        Map<String, List<Publicity.Entry>> entries = entries("");
        return jdbc.sql("select * from publicity where publicised = true order by starts_on desc, campaign_number")
                .query((rs, row) -> map(rs, entries)).list();
    }

    /** Marks an entry off the list; an entry already off keeps its first outcome. */
    public void markOff(String campaign, String application, Publicity.Outcome outcome, String note) {
        jdbc.sql("""
                update publicity_entry set outcome = ?, outcome_note = ?
                where campaign_number = ? and application_number = ? and outcome is null""")
                .params(outcome.name(), note, campaign, application).update();
    }

    void close(String campaign) {
        jdbc.sql("update publicity set closed_at = ? where campaign_number = ?")
                .params(Timestamp.from(BeijingTime.now()), campaign).update();
    }

    private static Publicity map(ResultSet rs, Map<String, List<Publicity.Entry>> entries) throws SQLException {
        String campaign = rs.getString("campaign_number");
        Timestamp closed = rs.getTimestamp("closed_at");
        Date bound = rs.getDate("objections_due_on");
        return new Publicity(campaign, rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                rs.getInt("working_days"),
                PublicationChannels.stored(rs.getString("channel_codes"), rs.getString("channels")), closed == null ? null : closed.toInstant(),
                entries.getOrDefault(campaign, List.of()), rs.getBoolean("publicised"), bound == null ? null : bound.toLocalDate());
    }

    /** The entries of the publicities the condition selects, by campaign, in list order: one query for any number. */
    private Map<String, List<Publicity.Entry>> entries(String condition, Object... params) {
        Map<String, List<Publicity.Entry>> byCampaign = new HashMap<>();
        jdbc.sql("select * from publicity_entry" + condition + " order by campaign_number, position").params(params)
                .query((rs, row) -> byCampaign.computeIfAbsent(rs.getString("campaign_number"), c -> new ArrayList<>())
                        .add(new Publicity.Entry(rs.getString("application_number"), rs.getInt("position"),
                                rs.getString("benchmark_name"), rs.getString("enterprise_name"),
                                rs.getString("outcome") == null ? null : Publicity.Outcome.valueOf(rs.getString("outcome")),
                                rs.getString("outcome_note"))))
                .list();
        return byCampaign;
    }
}
