package org.caq.benchmark.recommendation;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recommendation quota (推荐名额) of each unit in each campaign, and how much of it is used. */
@Repository
public class Quotas {

    public record Quota(int quota, int used) {

        public int remaining() {
            return quota - used;
        }
    }

    private final JdbcClient jdbc;

    Quotas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void allocate(String campaignNumber, Map<String, Integer> quotas) {
        quotas.forEach((unit, quota) -> jdbc.sql(
                "insert into campaign_quota (campaign_number, unit_code, quota, used) values (?, ?, ?, 0)")
                .params(campaignNumber, unit, quota).update());
    }

    public Optional<Quota> find(String campaignNumber, String unitCode) {
        return jdbc.sql("select quota, used from campaign_quota where campaign_number = ? and unit_code = ?")
                .params(campaignNumber, unitCode)
                .query((rs, row) -> new Quota(rs.getInt("quota"), rs.getInt("used"))).optional();
    }

    /**
     * Takes one place of the unit's quota, or answers false when none is left. A single conditional update:
     * the database serialises concurrent recommendations on the row, so the quota holds whatever the timing.
     */
    boolean take(String campaignNumber, String unitCode) {
        return jdbc.sql("""
                update campaign_quota set used = used + 1
                where campaign_number = ? and unit_code = ? and used < quota""")
                .params(campaignNumber, unitCode).update() == 1;
    }
}
