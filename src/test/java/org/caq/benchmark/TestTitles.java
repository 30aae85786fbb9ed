package org.caq.benchmark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A title held, as the announcement records it: the row only, for an application of a campaign whose announcement row
 * exists (the title's own case is not started).
 */
public final class TestTitles {

    private TestTitles() {
    }

    public static void hold(JdbcClient jdbc, String titleNumber, String applicationNumber, LocalDate awardedOn) {
        jdbc.sql("""
                insert into benchmark_title (number, application_number, campaign_number, campaign_year, holder_user, awarded_on,
                    status)
                select ?, a.number, a.campaign_number, c.campaign_year, a.applicant_user, ?, 'ACTIVE'
                from application a join campaign c on c.number = a.campaign_number where a.number = ?""")
                .params(titleNumber, Date.valueOf(awardedOn), applicationNumber).update();
    }

    /**
     * Titles of Zhejiang's campaign of the year, one per enterprise (Hangzhou's unit recommends them all), in the order
     * given: the applications are submitted on a clock set to the year, their cases left running; the announcement and
     * the titles are the rows it records, awarded on 1 November. Zhejiang's open campaigns of other years stay open.
     */
    public static List<String> heldInZhejiang(ProcessEngine engine, JdbcClient jdbc, DocumentStore store, ApplicantAccounts accounts,
            int year, List<String> enterprises) {
        List<String> openZhejiang = jdbc.sql("select number from campaign where province = 'zhejiang' and status = 'OPEN'")
                .query(String.class).list();
        List<String> titles = new ArrayList<>();
        try {
            TestClock.moveTo(LocalDate.of(year, 3, 1));
            String campaign = new TestCampaigns(engine, jdbc).openProvincial(year, "zhejiang", null);
            TestApplications applications = new TestApplications(engine, store, accounts);
            for (String enterprise : enterprises) {
                Map<String, Object> form = TestApplications.form("zhejiang-hangzhou", enterprise, TestApplications.ZHEJIANG_CODE);
                titles.add(TestApplications.numberOf(applications.submit(applications.applicantOf(form), form)) + "-T001");
            }
            LocalDate awarded = LocalDate.of(year, 11, 1);
            jdbc.sql("""
                    insert into announcement (campaign_number, approved_by, approval_reference, approved_at, document_number, title,
                        published_on, published_by)
                    values (?, 'office-zhejiang', '厅务会纪要', current_timestamp, ?, ?, ?, 'office-zhejiang')""")
                    .params(campaign, "浙经信〔" + year + "〕1号", year + "年浙江省质量标杆", Date.valueOf(awarded)).update();
            for (String title : titles) {
                hold(jdbc, title, title.substring(0, title.length() - "-T001".length()), awarded);
            }
        } finally {
            TestClock.moveTo(TestClock.TODAY);
            jdbc.sql("update campaign set status = 'CLOSED' where number = ?").param(year + "-zhejiang").update();
            openZhejiang.forEach(number -> jdbc.sql("update campaign set status = 'OPEN' where number = ?").param(number).update());
        }
        return titles;
    }
}
