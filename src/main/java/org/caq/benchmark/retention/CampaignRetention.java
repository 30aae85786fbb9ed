package org.caq.benchmark.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes a campaign's own rows and stored files (decision 0084) once the engine's history cleanup has removed every
 * case of the campaign (the campaign's, its group reviews', deliberations' and national nominations') and no
 * application of it remains: its applications go first, by {@link RecordRetention}, and an application whose title is
 * held never goes, so neither does its campaign, its announcement or anything the public registry reads.
 *
 * <p>Batched, one transaction per batch, the batch's campaigns locked with {@code skip locked}, like the applications'.
 */
@Component
public class CampaignRetention {

    private static final Logger log = LoggerFactory.getLogger(CampaignRetention.class);

    /** A case whose history or runtime the engine still holds. */
    private static final String ALIVE = """
            (exists (select 1 from ACT_HI_PROCINST h where h.ID_ = %1$s)
             or exists (select 1 from ACT_RU_EXECUTION e where e.PROC_INST_ID_ = %1$s))""";

    private static final String EXPIRED = """
            select c.number from campaign c
            where c.created_at < :startedBefore
              and not %s
              and not exists (select 1 from application a where a.campaign_number = c.number)
              and not exists (select 1 from benchmark_title t where t.campaign_number = c.number)
              and not exists (select 1 from deliberation_case d where d.campaign_number = c.number and %s)
              and not exists (select 1 from group_review_case g where g.campaign_number = c.number and %s)
              and not exists (select 1 from national_nomination n where n.campaign_number = c.number and %s)
            order by c.number
            fetch first %d rows only
            for update skip locked""";

    /** What one run removed. */
    public record Removed(int campaigns, int rows, int files, long millis) {
    }

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final TransactionTemplate transaction;
    private final ProcessEngine engine;

    CampaignRetention(JdbcClient jdbc, DocumentStore store, PlatformTransactionManager transactions, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.engine = engine;
    }

    /**
     * Removes expired campaigns' rows in batches of {@code batchSize} until none is left or {@code deadlineMillis}
     * ({@link BeijingTime#now()} epoch millis) has passed.
     */
    public Removed removeExpired(int batchSize, long deadlineMillis) {
        long start = System.nanoTime();
        int[] total = Batches.drain(transaction, () -> removeBatch(batchSize), deadlineMillis);
        Removed removed = new Removed(total[0], total[1], total[2], (System.nanoTime() - start) / 1_000_000);
        if (removed.campaigns() > 0) {
            log.info("Retention removed {} campaigns past their history ({} rows, {} files) in {} ms", removed.campaigns(),
                    removed.rows(), removed.files(), removed.millis());
        }
        return removed;
    }

    /** One batch, inside the caller's transaction: {campaigns, rows, files}. */
    private int[] removeBatch(int batchSize) {
        // no campaign's history goes before the campaign model's time to live from its start: older campaigns only
        Integer days = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CampaignProcess.KEY)
                .latestVersion().singleResult().getHistoryTimeToLive();
        if (days == null) {
            return new int[] {0, 0, 0};
        }
        Timestamp startedBefore = Timestamp.from(BeijingTime.now().minus(Duration.ofDays(days)));
        List<String> numbers = jdbc.sql(EXPIRED.formatted(alive("c.process_instance_id"), alive("d.process_instance_id"),
                alive("g.process_instance_id"), alive("n.process_instance_id"), batchSize))
                .param("startedBefore", startedBefore).query(String.class).list();
        if (numbers.isEmpty()) {
            return new int[] {0, 0, 0};
        }
        List<String> files = new ArrayList<>(ids("select id from covering_letter where campaign_number in (:c)", numbers));
        files.addAll(ids("select id from notice_template where campaign_number in (:c)", numbers));
        List<String> cases = new ArrayList<>(ids("select process_instance_id from campaign where number in (:c)", numbers));
        cases.addAll(ids("select process_instance_id from deliberation_case where campaign_number in (:c)", numbers));
        cases.addAll(ids("select process_instance_id from group_review_case where campaign_number in (:c)", numbers));
        cases.addAll(ids("select process_instance_id from national_nomination where campaign_number in (:c)", numbers));
        List<String> nominations = ids("select number from national_nomination where campaign_number in (:c)", numbers);
        int rows = 0;
        rows += deleteIn("delete from notice where process_instance_id in (:c)", cases);
        List<String> keys = new ArrayList<>(numbers);
        keys.addAll(nominations);
        // a group review's and a deliberation's notices carry the campaign's number and their own suffix: their case is the campaign
        rows += deleteIn("delete from notice where case_number in (:c)", keys);
        rows += deleteIn("""
                delete from nominated_title where nomination_number in
                  (select number from national_nomination where campaign_number in (:c))""", numbers);
        for (String table : List.of("national_nomination", "confidentiality_undertaking", "deliberation", "deliberation_case",
                "group_review_case", "expert_group_member", "expert_group", "committee", "publicity", "announcement",
                "covering_letter", "notice_template", "application_number_reservation", "campaign_quota")) {
            rows += deleteIn("delete from " + table + " where campaign_number in (:c)", numbers);
        }
        rows += deleteIn("delete from campaign where number in (:c)", numbers);
        int removedFiles = store.removeAllAfterCommit(List.of(), files);
        return new int[] {numbers.size(), rows, removedFiles};
    }

    private List<String> ids(String sql, List<String> numbers) {
        return jdbc.sql(sql).param("c", numbers).query(String.class).list();
    }

    private int deleteIn(String sql, List<String> values) {
        return values.isEmpty() ? 0 : jdbc.sql(sql).param("c", new ArrayList<>(values)).update();
    }

    private static String alive(String column) {
        return ALIVE.formatted(column);
    }
}
