package org.caq.benchmark;

import java.sql.Date;
import java.time.LocalDate;
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
}
