package org.caq.benchmark.review;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Group deliberations (合议): which applications a group put forward at a stage, and why. */
@Repository
public class Deliberations {

    public record Deliberation(String campaign, String group, ReviewStage stage, List<String> selected, String rationale) {
    }

    private final JdbcClient jdbc;

    Deliberations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Deliberation d, String decidedBy) {
        jdbc.sql("""
                insert into deliberation (campaign_number, group_code, stage, selected, rationale, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(d.campaign(), d.group(), d.stage().name(), String.join(",", d.selected()), d.rationale(),
                        decidedBy, Timestamp.from(BeijingTime.now()))
                .update();
    }

    /**
     * The process instance that deliberates the group's stage: the first that works on it (V10). The procedure starts
     * one per group and stage; any other instance named after the same group and stage is refused.
     */
    Optional<String> claim(String campaign, String group, ReviewStage stage, String processInstanceId) {
        String sql = "select process_instance_id from deliberation_case where campaign_number = ? and group_code = ? and stage = ?";
        Optional<String> owner = jdbc.sql(sql).params(campaign, group, stage.name()).query(String.class).optional();
        if (owner.isPresent()) {
            return owner;
        }
        jdbc.sql("insert into deliberation_case (campaign_number, group_code, stage, process_instance_id) values (?, ?, ?, ?)")
                .params(campaign, group, stage.name(), processInstanceId).update();
        return Optional.of(processInstanceId);
    }

    public Optional<Deliberation> find(String campaign, String group, ReviewStage stage) {
        return jdbc.sql("select * from deliberation where campaign_number = ? and group_code = ? and stage = ?")
                .params(campaign, group, stage.name())
                .query((rs, row) -> new Deliberation(campaign, group, stage,
                        rs.getString("selected").isEmpty() ? List.of() : Arrays.asList(rs.getString("selected").split(",")),
                        rs.getString("rationale")))
                .optional();
    }

    int count(String campaign, ReviewStage stage) {
        return jdbc.sql("select count(*) from deliberation where campaign_number = ? and stage = ?")
                .params(campaign, stage.name()).query(Integer.class).single();
    }
}
