package org.caq.benchmark.campaign;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Each unit's quota in the campaign, by unit code. */
    public Map<String, Quota> ofCampaign(String campaignNumber) {
        Map<String, Quota> quotas = new LinkedHashMap<>();
        jdbc.sql("select unit_code, quota, used from campaign_quota where campaign_number = ? order by unit_code")
                .param(campaignNumber).query((rs, row) -> Map.entry(rs.getString("unit_code"), new Quota(rs.getInt("quota"), rs.getInt("used"))))
                .list().forEach(entry -> quotas.put(entry.getKey(), entry.getValue()));
        return quotas;
    }

    /** The campaigns in which any of these units has a quota: where their officers recommend. */
    public List<String> campaignsOf(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct campaign_number from campaign_quota where unit_code in (:units)")
                .param("units", unitCodes).query(String.class).list();
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
    public boolean take(String campaignNumber, String unitCode) {
        return jdbc.sql("""
                update campaign_quota set used = used + 1
                where campaign_number = ? and unit_code = ? and used < quota""")
                .params(campaignNumber, unitCode).update() == 1;
    }
}
