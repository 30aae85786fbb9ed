package org.caq.benchmark.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Applications {

    /** An application as stored: its number, campaign, applicant and where it stands. */
    public record Case(String number, String campaignNumber, String applicantUser, ApplicationStatus status,
            String statusReason, Application application) {

        public String recommendingUnit() {
            return application.recommendingUnit();
        }
    }

    private static final String COLUMNS = """
            benchmark_name = ?, enterprise_name = ?, enterprise_short_name = ?, credit_code = ?, abstract_text = ?, enterprise_profile = ?,
            method_application = ?, effects = ?, selection_category = ?, sme = ?, industry = ?, region = ?,
            recommending_unit = ?, method_since_year = ?, contact_name = ?, contact_phone = ?,
            profit_year1 = ?, profit_year2 = ?, profit_year3 = ?, legal_representative = ?, enterprise_nature = ?,
            founded_year = ?, industry_code = ?, updated_at = ?""";

    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String number, String campaignNumber, String applicantUser, Application application,
            String processInstanceId) {
        Timestamp now = Timestamp.from(BeijingTime.now());
        jdbc.sql("""
                insert into application (number, campaign_number, applicant_user, recommending_unit, benchmark_name,
                    enterprise_name, enterprise_short_name, credit_code, abstract_text, enterprise_profile, method_application, effects,
                    selection_category, sme, industry, region, method_since_year, contact_name, contact_phone,
                    profit_year1, profit_year2, profit_year3, legal_representative, enterprise_nature, founded_year,
                    industry_code, status, process_instance_id, submitted_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_RECOMMENDATION', ?, ?, ?)""")
                .params(number, campaignNumber, applicantUser, application.recommendingUnit(),
                        application.benchmarkName(), application.enterpriseName(), application.enterpriseShortName(),
                        application.creditCode(),
                        application.abstractText(), application.enterpriseProfile(), application.methodApplication(),
                        application.effects(), application.category().name(), application.sme(),
                        application.industry(), application.region(), application.methodSinceYear(),
                        application.contactName(), application.contactPhone(), application.profits().get(0),
                        application.profits().get(1), application.profits().get(2), application.legalRepresentative(),
                        application.enterpriseNature(), application.foundedYear(), application.industryCode(),
                        processInstanceId, now, now)
                .update();
    }

    void update(String number, Application a) {
        jdbc.sql("update application set " + COLUMNS + " where number = ?")
                .params(a.benchmarkName(), a.enterpriseName(), a.enterpriseShortName(), a.creditCode(), a.abstractText(), a.enterpriseProfile(),
                        a.methodApplication(), a.effects(), a.category().name(), a.sme(), a.industry(), a.region(),
                        a.recommendingUnit(), a.methodSinceYear(), a.contactName(), a.contactPhone(),
                        a.profits().get(0), a.profits().get(1), a.profits().get(2), a.legalRepresentative(), a.enterpriseNature(),
                        a.foundedYear(), a.industryCode(), Timestamp.from(BeijingTime.now()), number)
                .update();
    }

    void moveTo(String number, ApplicationStatus status, String reason) {
        jdbc.sql("update application set status = ?, status_reason = ?, updated_at = ? where number = ?")
                .params(status.name(), reason, Timestamp.from(BeijingTime.now()), number).update();
    }

    /** The process instance the application belongs to: the one that registered it; messages to the case go there. */
    public Optional<String> processOf(String number) {
        return jdbc.sql("select process_instance_id from application where number = ?").param(number)
                .query(String.class).optional();
    }

    public Optional<Case> find(String number) {
        return jdbc.sql("select * from application where number = ?").param(number).query(Applications::map).optional();
    }

    /**
     * Locks the application's row until the transaction ends, so that changes to what belongs to it (its
     * materials) are made one at a time.
     */
    public Optional<Case> lock(String number) {
        return jdbc.sql("select * from application where number = ? for update").param(number)
                .query(Applications::map).optional();
    }

    /** The {@code benchmark-application} case of the application. */
    public Optional<String> processInstanceOf(String number) {
        return jdbc.sql("select process_instance_id from application where number = ?").param(number).query(String.class)
                .optional();
    }

    public List<Case> ofApplicant(String user) {
        return jdbc.sql("select * from application where applicant_user = ? order by submitted_at desc")
                .param(user).query(Applications::map).list();
    }

    public List<Case> inCampaign(String campaignNumber) {
        return jdbc.sql("select * from application where campaign_number = ? order by number")
                .param(campaignNumber).query(Applications::map).list();
    }

    /** Other applications of the same enterprise in the same campaign. */
    public List<String> othersOfEnterprise(String campaignNumber, String creditCode, String exceptNumber) {
        return jdbc.sql("select number from application where campaign_number = ? and credit_code = ? and number <> ?")
                .params(campaignNumber, creditCode, exceptNumber).query(String.class).list();
    }

    private static Case map(ResultSet rs, int row) throws SQLException {
        Application application = new Application(rs.getString("benchmark_name"), rs.getString("enterprise_name"),
                rs.getString("enterprise_short_name"), rs.getString("credit_code"), rs.getString("abstract_text"), rs.getString("enterprise_profile"),
                rs.getString("method_application"), rs.getString("effects"),
                SelectionCategory.valueOf(rs.getString("selection_category")), rs.getBoolean("sme"),
                rs.getString("industry"), rs.getString("region"), rs.getString("recommending_unit"),
                rs.getInt("method_since_year"), rs.getString("contact_name"), rs.getString("contact_phone"),
                List.of(money(rs, "profit_year1"), money(rs, "profit_year2"), money(rs, "profit_year3")),
                rs.getString("legal_representative"), rs.getString("enterprise_nature"),
                rs.getObject("founded_year") == null ? null : rs.getInt("founded_year"), rs.getString("industry_code"));
        return new Case(rs.getString("number"), rs.getString("campaign_number"), rs.getString("applicant_user"),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), application);
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).stripTrailingZeros();
    }
}
