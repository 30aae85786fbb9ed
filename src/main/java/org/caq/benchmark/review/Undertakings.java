package org.caq.benchmark.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The confidentiality undertakings experts signed (Art. 15), one per expert and campaign, with the time and the text's
 * version. Nothing of a campaign's applications opens to an expert before theirs is recorded.
 */
@Repository
public class Undertakings {

    /** The step where an expert signs, in every model whose tasks show experts a campaign's applications. */
    public static final String SIGN_TASK = ReviewProcess.USER_TASK_SIGN_UNDERTAKING;

    /** One signature. */
    public record Signed(String campaignNumber, String userId, String textVersion, Instant signedAt, String signedBy) {
    }

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final IdentityService identity;

    Undertakings(JdbcClient jdbc, @Lazy TaskService tasks, @Lazy IdentityService identity) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.identity = identity;
    }

    public boolean signed(String campaign, String userId) {
        return find(campaign, userId).isPresent();
    }

    public Optional<Signed> find(String campaign, String userId) {
        return jdbc.sql("select * from confidentiality_undertaking where campaign_number = ? and user_id = ?")
                .params(campaign, userId)
                .query((rs, row) -> new Signed(rs.getString("campaign_number"), rs.getString("user_id"),
                        rs.getString("text_version"), rs.getTimestamp("signed_at").toInstant(), rs.getString("signed_by")))
                .optional();
    }

    /**
     * Records the expert's signature for the campaign once, then lets every other step of theirs in the campaign that
     * waits for it go on: one undertaking covers the campaign. Answers whether this was the first signature.
     */
    public boolean sign(String campaign, String userId, String signedBy, String signingProcessInstance) {
        if (signed(campaign, userId)) {
            return false;
        }
        jdbc.sql("""
                insert into confidentiality_undertaking (campaign_number, user_id, text_version, signed_at, signed_by)
                values (?, ?, ?, ?, ?)""")
                .params(campaign, userId, ConfidentialityUndertaking.VERSION, Timestamp.from(BeijingTime.now()), signedBy)
                .update();
        List<Task> waiting = tasks.createTaskQuery().taskDefinitionKey(SIGN_TASK).taskAssignee(userId)
                .processInstanceBusinessKeyLike(campaign + "%").list();
        // the step signing now may still be listed while it completes; the others go on as signed
        waiting.stream().filter(task -> !task.getProcessInstanceId().equals(signingProcessInstance))
                .forEach(task -> SystemCalls.run(identity, () -> tasks.complete(task.getId())));
        return true;
    }
}
