package org.caq.benchmark.title;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.SelectionCategory;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Titles {

    private static final String SELECT = """
            select t.*, a.benchmark_name, a.enterprise_name, a.selection_category, a.recommending_unit, c.level
            from benchmark_title t join application a on a.number = t.application_number
            join campaign c on c.number = t.campaign_number""";

    private final JdbcClient jdbc;
    private final RuntimeService runtime;

    Titles(JdbcClient jdbc, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    public void award(String number, Applications.Case application, LocalDate awardedOn) {
        jdbc.sql("""
                insert into benchmark_title (number, application_number, campaign_number, campaign_year, holder_user, awarded_on,
                    status)
                select ?, ?, number, campaign_year, ?, ?, 'ACTIVE' from campaign where number = ?""")
                .params(number, application.number(), application.applicantUser(), Date.valueOf(awardedOn),
                        application.campaignNumber())
                .update();
    }

    /**
     * Starts the title's management case (plaque, promotion video, exchange) at its message start event 授予称号, with
     * the title's number as business key. Call on the procedure's account.
     */
    public void start(String number) {
        String instance = runtime.createMessageCorrelation(TitleProcess.TITLE_AWARDED).processInstanceBusinessKey(number)
                .correlateStartMessage().getId();
        if (!claim(number, instance).orElseThrow().equals(instance)) {
            throw new IllegalStateException("Title " + number + " is another process instance's");
        }
    }

    /**
     * The process instance that manages the title. The title is awarded and its case started in one transaction; the
     * case's first step ties the record to its instance, and no other instance can take it after.
     */
    Optional<String> claim(String number, String processInstanceId) {
        jdbc.sql("update benchmark_title set process_instance_id = ? where number = ? and process_instance_id is null")
                .params(processInstanceId, number).update();
        return jdbc.sql("select process_instance_id from benchmark_title where number = ?").param(number)
                .query(String.class).optional();
    }

    /** The process instance that manages the title; messages to the title's case go there. */
    Optional<String> processOf(String number) {
        return jdbc.sql("select process_instance_id from benchmark_title where number = ?").param(number)
                .query(String.class).optional();
    }

    /** Locks the title's row until the transaction ends: one revocation case opens at a time. */
    void lock(String number) {
        jdbc.sql("select number from benchmark_title where number = ? for update").param(number).query(String.class).single();
    }

    void recordPlaque(String number, String plaqueNumber, LocalDate on) {
        jdbc.sql("update benchmark_title set plaque_number = ?, plaque_awarded_on = ? where number = ?")
                .params(plaqueNumber, Date.valueOf(on), number).update();
    }

    /** The video with the minutes of its three parts (none for a video recorded on the form before parts were asked). */
    void recordVideo(String number, String url, List<Integer> parts) {
        jdbc.sql("""
                update benchmark_title set video_url = ?, video_provided_at = ?, exchange_confirmed = true,
                    video_speaker_minutes = ?, video_presentation_minutes = ?, video_product_minutes = ?
                where number = ?""")
                .params(url, Timestamp.from(BeijingTime.now()), parts.isEmpty() ? null : parts.get(0),
                        parts.isEmpty() ? null : parts.get(1), parts.isEmpty() ? null : parts.get(2), number)
                .update();
    }

    void revoke(String number, LocalDate on, RevocationGround ground, String groundDetail) {
        jdbc.sql("""
                update benchmark_title set status = 'REVOKED', revoked_on = ?, revocation_ground = ?,
                    revocation_ground_detail = ? where number = ?""")
                .params(Date.valueOf(on), ground.name(), groundDetail, number).update();
    }

    public Optional<BenchmarkTitle> find(String number) {
        return jdbc.sql(SELECT + " where t.number = ?").param(number).query(Titles::map).optional();
    }

    /** The title an application earned, if it earned one. */
    public Optional<BenchmarkTitle> ofApplication(String applicationNumber) {
        return jdbc.sql(SELECT + " where t.application_number = ?").param(applicationNumber).query(Titles::map).optional();
    }

    /**
     * One page of the registry, revoked titles included, newest year first: the titles that match {@code filter}, from
     * {@code offset}, at most {@code limit}. The index on (year, number) walks the registry in this order.
     */
    List<BenchmarkTitle> page(RegistryFilter filter, int offset, int limit) {
        return jdbc.sql(SELECT + filter.where() + " order by t.campaign_year desc, t.number offset ? rows fetch next ? rows only")
                .params(filter.parameters(offset, limit)).query(Titles::map).list();
    }

    long count(RegistryFilter filter) {
        return jdbc.sql("select count(*) from " + filter.from() + filter.where())
                .params(filter.parameters()).query(Long.class).single();
    }

    /** The years titles were awarded for, newest first. */
    List<Integer> years() {
        return jdbc.sql("select distinct campaign_year from benchmark_title order by campaign_year desc").query(Integer.class).list();
    }

    /** A year's titles, revoked ones included. */
    List<BenchmarkTitle> ofYear(int year) {
        return jdbc.sql(SELECT + " where t.campaign_year = ? order by t.number").param(year).query(Titles::map).list();
    }

    /** The titles in force that a directory's campaigns awarded (the national one's, or a province's), newest year first. */
    public List<BenchmarkTitle> inForceOf(String directory) {
        boolean national = RecommendingUnit.NATIONAL.equals(directory);
        var query = jdbc.sql(SELECT + " where t.status = 'ACTIVE' and "
                + (national ? "c.level = 'national'" : "c.level = 'provincial' and c.province = ?")
                + " order by t.campaign_year desc, t.number");
        return (national ? query : query.param(directory)).query(Titles::map).list();
    }

    List<BenchmarkTitle> revoked() {
        return jdbc.sql(SELECT + " where t.status = 'REVOKED' order by t.campaign_year desc, t.number").query(Titles::map).list();
    }

    /** The provincial titles in force that the enterprise of this credit code holds, newest first. */
    public List<BenchmarkTitle> provincialInForceHeldBy(String creditCode) {
        return jdbc.sql(SELECT + """
                 where a.credit_code = ? and c.level = 'provincial' and t.status = 'ACTIVE'
                order by t.awarded_on desc, t.number""").param(creditCode).query(Titles::map).list();
    }

    public List<BenchmarkTitle> ofCampaign(String campaign) {
        return jdbc.sql(SELECT + " where t.campaign_number = ? order by t.number").param(campaign).query(Titles::map).list();
    }

    private static BenchmarkTitle map(ResultSet rs, int row) throws SQLException {
        Date revoked = rs.getDate("revoked_on");
        String ground = rs.getString("revocation_ground");
        return new BenchmarkTitle(rs.getString("number"), rs.getString("application_number"),
                rs.getString("campaign_number"), rs.getString("holder_user"), rs.getString("benchmark_name"),
                rs.getString("enterprise_name"), rs.getInt("campaign_year"), CampaignLevel.of(rs.getString("level")),
                SelectionCategory.valueOf(rs.getString("selection_category")).displayName(),
                rs.getString("recommending_unit"), rs.getDate("awarded_on").toLocalDate(), rs.getString("plaque_number"),
                rs.getString("video_url"), videoParts(rs), rs.getBoolean("exchange_confirmed"),
                BenchmarkTitle.Status.valueOf(rs.getString("status")), revoked == null ? null : revoked.toLocalDate(),
                ground == null ? null : RevocationGround.valueOf(ground), rs.getString("revocation_ground_detail"));
    }

    private static List<Integer> videoParts(ResultSet rs) throws SQLException {
        return rs.getObject("video_speaker_minutes") == null ? List.of() : List.of(rs.getInt("video_speaker_minutes"),
                rs.getInt("video_presentation_minutes"), rs.getInt("video_product_minutes"));
    }
}
