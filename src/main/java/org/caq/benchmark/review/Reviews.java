package org.caq.benchmark.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review assignments and their raw scores: kept as given, so every aggregate can be recomputed from them. */
@Repository
public class Reviews {

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String assign(String campaign, String group, String application, String expert, ReviewStage stage, Instant dueAt,
            Instant reminderAt, String replaces) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into review_assignment (id, campaign_number, group_code, application_number, expert_code, stage,
                    status, replaces, assigned_at, due_at, reminder_at) values (?, ?, ?, ?, ?, ?, 'ASSIGNED', ?, ?, ?, ?)""")
                .params(id, campaign, group, application, expert, stage.name(), replaces, Timestamp.from(BeijingTime.now()),
                        Timestamp.from(dueAt), Timestamp.from(reminderAt))
                .update();
        return id;
    }

    /** When the expert is reminded; assignments made before it was kept are reminded a day before they are due. */
    Instant reminderOf(Review review) {
        return jdbc.sql("select reminder_at from review_assignment where id = ?").param(review.id()).query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(review.dueAt().minusSeconds(86_400));
    }

    /** Ties the assignment to its review case, once: answers the instance that owns it, or nothing for no assignment. */
    Optional<String> linkProcess(String id, String processInstanceId) {
        jdbc.sql("update review_assignment set process_instance_id = ? where id = ? and process_instance_id is null")
                .params(processInstanceId, id).update();
        return jdbc.sql("select process_instance_id from review_assignment where id = ?").param(id)
                .query(String.class).optional();
    }

    /**
     * The review a {@code benchmark-review} case is about now: a recusal or the office hands the case on to another
     * expert's assignment, which replaces the one before it in the same case.
     */
    Optional<Review> ofProcess(String processInstanceId) {
        return jdbc.sql("""
                select * from review_assignment a where a.process_instance_id = ? and not exists (select 1 from
                review_assignment b where b.replaces = a.id and b.process_instance_id = a.process_instance_id)""")
                .param(processInstanceId).query(Reviews::map).optional();
    }

    void submit(String id, List<Integer> scores, String comment) {
        jdbc.sql("""
                update review_assignment set status = 'SUBMITTED', score_1 = ?, score_2 = ?, score_3 = ?, comment = ?,
                submitted_at = ? where id = ? and status = 'ASSIGNED'""")
                .params(scores.get(0), scores.get(1), scores.get(2), comment, Timestamp.from(BeijingTime.now()), id).update();
    }

    void recuse(String id, String reason) {
        jdbc.sql("update review_assignment set status = 'RECUSED', recusal_reason = ? where id = ? and status = 'ASSIGNED'")
                .params(reason, id).update();
    }

    Optional<String> processOf(String id) {
        return jdbc.sql("select process_instance_id from review_assignment where id = ?").param(id).query(String.class).optional();
    }

    void reassign(String id, String reason) {
        jdbc.sql("update review_assignment set status = 'REASSIGNED', recusal_reason = ? where id = ? and status = 'ASSIGNED'")
                .params(reason, id).update();
    }

    void markLate(String id) {
        jdbc.sql("update review_assignment set late = true where id = ?").param(id).update();
    }

    public Optional<Review> find(String id) {
        return jdbc.sql("select * from review_assignment where id = ?").param(id).query(Reviews::map).optional();
    }

    public List<Review> ofCampaign(String campaign) {
        return jdbc.sql("select * from review_assignment where campaign_number = ? order by stage, application_number, expert_code")
                .param(campaign).query(Reviews::map).list();
    }

    List<Review> ofExpert(String expertCode) {
        return jdbc.sql("select * from review_assignment where expert_code = ? order by assigned_at desc, application_number")
                .param(expertCode).query(Reviews::map).list();
    }

    List<Review> ofGroup(String campaign, String group, ReviewStage stage) {
        return jdbc.sql("""
                select * from review_assignment where campaign_number = ? and group_code = ? and stage = ?
                order by application_number, expert_code""")
                .params(campaign, group, stage.name()).query(Reviews::map).list();
    }

    List<Review> ofApplication(String application, ReviewStage stage) {
        return jdbc.sql("select * from review_assignment where application_number = ? and stage = ? order by expert_code")
                .params(application, stage.name()).query(Reviews::map).list();
    }

    int stillAssigned(String campaign, String group, ReviewStage stage) {
        return jdbc.sql("""
                select count(*) from review_assignment where campaign_number = ? and group_code = ? and stage = ?
                and status = 'ASSIGNED'""").params(campaign, group, stage.name()).query(Integer.class).single();
    }

    /** Reviews assigned to each expert in the campaign so far (recused ones do not count). */
    Map<String, Integer> load(String campaign) {
        Map<String, Integer> load = new HashMap<>();
        jdbc.sql("""
                select expert_code, count(*) as reviews from review_assignment where campaign_number = ?
                and status not in ('RECUSED', 'REASSIGNED') group by expert_code""").param(campaign)
                .query((rs, row) -> load.put(rs.getString("expert_code"), rs.getInt("reviews"))).list();
        return load;
    }

    /** The experts who declared a conflict with the application, at any stage. */
    Set<String> recusedFrom(String application) {
        return new HashSet<>(jdbc.sql("select expert_code from review_assignment where application_number = ? and status = 'RECUSED'")
                .param(application).query(String.class).list());
    }

    /** Whether the expert reviews the application (not recused) and signed the undertaking of its campaign. */
    boolean isReviewerUnderUndertaking(String application, String userId) {
        return jdbc.sql("""
                select count(*) from review_assignment r join expert e on e.code = r.expert_code
                join confidentiality_undertaking u on u.campaign_number = r.campaign_number and u.user_id = e.user_id
                where r.application_number = ? and e.user_id = ? and r.status not in ('RECUSED', 'REASSIGNED')""")
                .params(application, userId).query(Integer.class).single() > 0;
    }

    private static Review map(ResultSet rs, int row) throws SQLException {
        List<Integer> scores = rs.getObject("score_1") == null ? List.of()
                : List.of(rs.getInt("score_1"), rs.getInt("score_2"), rs.getInt("score_3"));
        return new Review(rs.getString("id"), rs.getString("campaign_number"), rs.getString("group_code"),
                rs.getString("application_number"), rs.getString("expert_code"), ReviewStage.valueOf(rs.getString("stage")),
                Review.Status.valueOf(rs.getString("status")), rs.getBoolean("late"), rs.getString("recusal_reason"),
                rs.getTimestamp("due_at").toInstant(), scores, rs.getString("comment"));
    }
}
