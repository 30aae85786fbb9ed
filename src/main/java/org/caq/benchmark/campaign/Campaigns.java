package org.caq.benchmark.campaign;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Campaigns {

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void register(Campaign campaign, boolean withPublicity, String startedBy, String processInstanceId) {
        // status and sequence start at REGISTERED and 0
        if (find(campaign.number()).isPresent()) {
            throw duplicate(campaign);
        }
        try {
            jdbc.sql("""
                    insert into campaign (number, campaign_year, level, province, organiser, focus_areas, application_opens,
                        application_closes, recommendation_deadline, status, started_by, process_instance_id, created_at,
                        with_publicity)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?)""")
                    .params(campaign.number(), campaign.year(), campaign.level().value(), campaign.province(),
                            campaign.organiser(), String.join("\n", campaign.focusAreas()),
                            Date.valueOf(campaign.applicationOpens()), Date.valueOf(campaign.applicationCloses()),
                            Date.valueOf(campaign.recommendationDeadline()), startedBy, processInstanceId,
                            Timestamp.from(BeijingTime.now()), withPublicity)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(campaign);
        }
    }

    public void moveTo(String number, CampaignStatus status) {
        jdbc.sql("update campaign set status = ? where number = ?").params(status.name(), number).update();
    }

    /** Closes the application window now: no new applications from here on. */
    void closeApplications(String number) {
        jdbc.sql("update campaign set status = 'CLOSED', application_closed_at = ? where number = ?")
                .params(Timestamp.from(BeijingTime.now()), number).update();
    }

    /**
     * The day the campaign's window closed; for a campaign closed before this was recorded, its announced closing day
     * once that has passed (never a day that may still be to come).
     */
    public Optional<LocalDate> applicationClosedOn(String number) {
        return jdbc.sql("select application_closed_at, application_closes from campaign where number = ?").param(number)
                .query((rs, row) -> {
                    Timestamp closedAt = rs.getTimestamp("application_closed_at");
                    LocalDate announced = rs.getDate("application_closes").toLocalDate();
                    return closedAt != null ? closedAt.toInstant().atZone(BeijingTime.ZONE).toLocalDate()
                            : announced.isBefore(BeijingTime.today()) ? announced : null;
                }).optional();
    }

    /** Locks the campaign's row until the transaction ends: orders the close of publicity against objections settling. */
    public void lock(String number) {
        jdbc.sql("select number from campaign where number = ? for update").param(number).query(String.class).single();
    }

    public Optional<CampaignStatus> status(String number) {
        return jdbc.sql("select status from campaign where number = ?").param(number).query(String.class).optional()
                .map(CampaignStatus::valueOf);
    }

    /** The campaign of a directory whose application window is open now (the latest, should two overlap). */
    public Optional<Campaign> openIn(String directory) {
        return jdbc.sql("""
                select * from campaign where status = 'OPEN'
                and (level = 'national' and ? = 'national' or province = ?)
                order by campaign_year desc""")
                .params(directory, directory).query(Campaigns::map).stream().findFirst();
    }

    /** The most recent campaign of a directory, whatever its status. */
    public Optional<Campaign> latestIn(String directory) {
        return jdbc.sql("""
                select * from campaign where (level = 'national' and ? = 'national' or province = ?)
                order by campaign_year desc, created_at desc""")
                .params(directory, directory).query(Campaigns::map).stream().findFirst();
    }

    void recordNotice(String number, String noticeUrl) {
        jdbc.sql("update campaign set notice_url = ? where number = ?").params(noticeUrl, number).update();
    }

    /** The process instance the campaign belongs to: the one that registered it; messages to the campaign go there. */
    public Optional<String> processOf(String number) {
        return jdbc.sql("select process_instance_id from campaign where number = ?").param(number)
                .query(String.class).optional();
    }

    public Optional<Campaign> find(String number) {
        return jdbc.sql("select * from campaign where number = ?").param(number).query(Campaigns::map).optional();
    }

    /** Every campaign, newest first. */
    public List<Campaign> all() {
        return jdbc.sql("select * from campaign order by campaign_year desc, created_at desc").query(Campaigns::map).list();
    }

    /** Whether the campaign publicises its list (fixed when it was started); campaigns from before the choice do. */
    public boolean withPublicity(String number) {
        return jdbc.sql("select with_publicity from campaign where number = ?").param(number).query(Boolean.class).single();
    }

    /** The campaigns whose notice is published, newest first, with the notice's address. */
    List<Map.Entry<Campaign, String>> published() {
        return jdbc.sql("select * from campaign where notice_url is not null order by campaign_year desc, created_at desc")
                .query((rs, row) -> Map.entry(map(rs, row), rs.getString("notice_url"))).list();
    }

    public Optional<String> noticeUrl(String number) {
        return jdbc.sql("select notice_url from campaign where number = ?").param(number)
                .query(String.class).optional();
    }

    private static InvalidInput duplicate(Campaign campaign) {
        return new InvalidInput(campaign.year() + "年" + campaign.level().displayName() + "遴选活动已存在（编号 "
                + campaign.number() + "），同一年度同一级别只能发起一次。");
    }

    private static Campaign map(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getString("number"), rs.getInt("campaign_year"), CampaignLevel.of(rs.getString("level")),
                rs.getString("province"), rs.getString("organiser"), List.of(rs.getString("focus_areas").split("\n")),
                rs.getDate("application_opens").toLocalDate(), rs.getDate("application_closes").toLocalDate(),
                rs.getDate("recommendation_deadline").toLocalDate());
    }
}
