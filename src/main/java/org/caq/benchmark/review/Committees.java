package org.caq.benchmark.review;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Committees {

    private final JdbcClient jdbc;

    Committees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Committee c) {
        jdbc.sql("""
                insert into committee (campaign_number, chair, vice_chair, experts_per_application, aggregation_policy,
                    weights, max_score) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.campaignNumber(), c.chair(), c.viceChair(), c.expertsPerApplication(), c.policy().name(),
                        c.rubric().weightsText(), c.rubric().maxScore())
                .update();
        for (Committee.Group group : c.groups()) {
            jdbc.sql("insert into expert_group (campaign_number, code, name, categories, leader) values (?, ?, ?, ?, ?)")
                    .params(c.campaignNumber(), group.code(), group.template().displayName(),
                            group.template().categories().toString(), group.leader())
                    .update();
            for (String member : group.members()) {
                jdbc.sql("insert into expert_group_member (campaign_number, group_code, expert_code) values (?, ?, ?)")
                        .params(c.campaignNumber(), group.code(), member).update();
            }
        }
    }

    /** The login of the committee's chair, who puts objections and revocations before the committee (Art. 13). */
    public String chairUserOf(String campaign) {
        return jdbc.sql("select e.user_id from committee c join expert e on e.code = c.chair where c.campaign_number = ?")
                .param(campaign).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("No committee for " + campaign));
    }

    public Optional<Committee> find(String campaign) {
        return jdbc.sql("select * from committee where campaign_number = ?").param(campaign)
                .query((rs, row) -> new Committee(campaign, rs.getString("chair"), rs.getString("vice_chair"),
                        rs.getInt("experts_per_application"), AggregationPolicy.valueOf(rs.getString("aggregation_policy")),
                        Rubric.parse(rs.getInt("max_score"), rs.getString("weights")), List.of()))
                .optional()
                .map(c -> new Committee(c.campaignNumber(), c.chair(), c.viceChair(), c.expertsPerApplication(),
                        c.policy(), c.rubric(), groups(campaign)));
    }

    private List<Committee.Group> groups(String campaign) {
        List<Committee.Group> groups = new ArrayList<>();
        jdbc.sql("select code, leader from expert_group where campaign_number = ? order by code").param(campaign)
                .query((rs, row) -> new String[] {rs.getString("code"), rs.getString("leader")}).list()
                .forEach(g -> groups.add(new Committee.Group(GroupTemplate.valueOf(g[0]), g[1], jdbc.sql("""
                        select expert_code from expert_group_member where campaign_number = ? and group_code = ?
                        order by expert_code""").params(campaign, g[0]).query(String.class).list())));
        return groups;
    }

    /** The review stages' dates the office fixed, as far as fixed: what applicants are told to expect. */
    public record Schedule(LocalDate materialReviewDue, LocalDate defenseDate, String defensePlace, LocalDate defenseReviewDue) {
    }

    public Optional<Schedule> schedule(String campaign) {
        return jdbc.sql("select material_review_due, defense_date, defense_place, defense_review_due from committee where campaign_number = ?")
                .param(campaign).query((rs, row) -> new Schedule(date(rs.getDate("material_review_due")),
                        date(rs.getDate("defense_date")), rs.getString("defense_place"), date(rs.getDate("defense_review_due"))))
                .optional();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    void recordMaterialReviewDue(String campaign, LocalDate due) {
        jdbc.sql("update committee set material_review_due = ? where campaign_number = ?")
                .params(Date.valueOf(due), campaign).update();
    }

    void recordDefense(String campaign, LocalDate date, String place, LocalDate reviewDue) {
        jdbc.sql("update committee set defense_date = ?, defense_place = ?, defense_review_due = ? where campaign_number = ?")
                .params(Date.valueOf(date), place, Date.valueOf(reviewDue), campaign).update();
    }

    void changeLeader(String campaign, String group, String expert) {
        jdbc.sql("update expert_group set leader = ? where campaign_number = ? and code = ?").params(expert, campaign, group).update();
    }

    /** Locks the committee's row until the transaction ends: the last group's decision is noticed once. */
    void lockCommittee(String campaign) {
        jdbc.sql("select campaign_number from committee where campaign_number = ? for update").param(campaign)
                .query(String.class).single();
    }

    /** Locks the group's row until the transaction ends: completions of its reviews are counted one at a time. */
    void lockGroup(String campaign, String group) {
        jdbc.sql("select code from expert_group where campaign_number = ? and code = ? for update")
                .params(campaign, group).query(String.class).single();
    }
}
