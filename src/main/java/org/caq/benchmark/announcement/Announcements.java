package org.caq.benchmark.announcement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.publicity.PublicationChannels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Announcements {

    private final JdbcClient jdbc;

    Announcements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void approve(String campaign, String approvedBy, String reference) {
        jdbc.sql("""
                insert into announcement (campaign_number, approved_by, approval_reference, approved_at)
                values (?, ?, ?, ?)""")
                .params(campaign, approvedBy, reference, Timestamp.from(BeijingTime.now())).update();
    }

    void publish(String campaign, String documentNumber, String title, LocalDate publishedOn, PublicationChannels channels,
            String publishedBy) {
        jdbc.sql("""
                update announcement set document_number = ?, title = ?, published_on = ?, channel_codes = ?, channels = ?,
                    published_by = ?
                where campaign_number = ?""")
                .params(documentNumber, title, Date.valueOf(publishedOn), channels.codes(), channels.note(), publishedBy, campaign)
                .update();
    }

    public Optional<Announcement> find(String campaign) {
        return jdbc.sql("select * from announcement where campaign_number = ?").param(campaign)
                .query(Announcements::map).optional();
    }

    /** Published announcements, newest first. */
    public List<Announcement> published() {
        return jdbc.sql("select * from announcement where published_on is not null order by published_on desc, campaign_number")
                .query(Announcements::map).list();
    }

    private static Announcement map(ResultSet rs, int row) throws SQLException {
        Date published = rs.getDate("published_on");
        return new Announcement(rs.getString("campaign_number"), rs.getString("approved_by"),
                rs.getString("approval_reference"), rs.getString("document_number"), rs.getString("title"),
                published == null ? null : published.toLocalDate(),
                PublicationChannels.stored(rs.getString("channel_codes"), rs.getString("channels")));
    }
}
