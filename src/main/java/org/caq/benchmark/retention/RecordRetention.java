package org.caq.benchmark.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes an application's records and stored files once the engine's history cleanup has removed the history of
 * every case concerning it: its application case, its reviews, objections against it, its title and a revocation
 * of the title (decision 0077). The engine decides when that is (ten years from each case's start, decision 0012):
 * this follows it, so the project's tables keep a case exactly as long as the engine keeps its trail. Never a case
 * still running (the engine would clean up the history of a case running past its time to live), never an
 * application whose title is held: the public registry reads the title, its application and its campaign.
 *
 * <p>Batched, one transaction per batch; the batch's applications are locked with {@code skip locked}, so nodes
 * running it at the same time take different applications and a batch never waits for the day's work.
 */
@Component
public class RecordRetention {

    private static final Logger log = LoggerFactory.getLogger(RecordRetention.class);

    /** A case whose history or runtime the engine still holds. */
    private static final String ALIVE = """
            (exists (select 1 from ACT_HI_PROCINST h where h.ID_ = %1$s)
             or exists (select 1 from ACT_RU_EXECUTION e where e.PROC_INST_ID_ = %1$s))""";

    private static final String EXPIRED = """
            select a.number from application a
            where a.submitted_at < :startedBefore
              and not %s
              and not exists (select 1 from benchmark_title t where t.application_number = a.number and t.status <> 'REVOKED')
              and not exists (select 1 from benchmark_title t where t.application_number = a.number and %s)
              and not exists (select 1 from benchmark_title t join revocation v on v.title_number = t.number
                              where t.application_number = a.number and %s)
              and not exists (select 1 from objection o where o.application_number = a.number and %s)
              and not exists (select 1 from review_assignment r where r.application_number = a.number and %s)
            order by a.number
            fetch first %d rows only
            for update skip locked""";

    /** What one run removed. */
    public record Removed(int applications, int rows, int files, long millis) {
    }

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final TransactionTemplate transaction;
    private final ProcessEngine engine;

    RecordRetention(JdbcClient jdbc, DocumentStore store, PlatformTransactionManager transactions, ProcessEngine engine) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Removes expired applications' records in batches of {@code batchSize} until none is left or {@code deadline}
     * ({@link BeijingTime#now()} epoch millis) has passed.
     */
    public Removed removeExpired(int batchSize, long deadlineMillis) {
        long start = System.nanoTime();
        int[] total = Batches.drain(transaction, () -> removeBatch(batchSize), deadlineMillis);
        Removed removed = new Removed(total[0], total[1], total[2], (System.nanoTime() - start) / 1_000_000);
        if (removed.applications() > 0) {
            log.info("Retention removed {} applications past their history ({} rows, {} files) in {} ms", removed.applications(),
                    removed.rows(), removed.files(), removed.millis());
        }
        return removed;
    }

    /** One batch, inside the caller's transaction: {applications, rows, files}. */
    private int[] removeBatch(int batchSize) {
        // no case's history goes before its time to live from its start: older applications only (an index range)
        Integer days = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ApplicationProcess.KEY)
                .latestVersion().singleResult().getHistoryTimeToLive();
        if (days == null) {
            return new int[] {0, 0, 0};
        }
        Timestamp startedBefore = Timestamp.from(BeijingTime.now().minus(Duration.ofDays(days)));
        List<String> numbers = jdbc.sql(EXPIRED.formatted(alive("a.process_instance_id"), alive("t.process_instance_id"),
                alive("v.process_instance_id"), alive("o.process_instance_id"), alive("r.process_instance_id"), batchSize))
                .param("startedBefore", startedBefore).query(String.class).list();
        if (numbers.isEmpty()) {
            return new int[] {0, 0, 0};
        }
        List<String> titles = jdbc.sql("select number from benchmark_title where application_number in (:a)").param("a", numbers)
                .query(String.class).list();
        List<String> objections = jdbc.sql("select number from objection where application_number in (:a)").param("a", numbers)
                .query(String.class).list();
        List<String> evidence = jdbc.sql("select evidence_id from objection where application_number in (:a) and evidence_id is not null")
                .param("a", numbers).query(String.class).list();
        Set<String> keys = new TreeSet<>(numbers);
        keys.addAll(titles);
        keys.addAll(objections);
        int rows = 0;
        // a review case's notices carry the application's number and the review's own suffix: their case is the application
        rows += deleteIn("delete from notice where case_number in (:k)", "k", List.copyOf(keys));
        rows += deleteIn("delete from nominated_title where application_number in (:a)", "a", numbers);
        if (!titles.isEmpty()) {
            rows += deleteIn("delete from nominated_title where title_number in (:t)", "t", titles);
            rows += deleteIn("delete from exchange_attendance where title_number in (:t)", "t", titles);
            rows += deleteIn("delete from title_duty_follow_up where title_number in (:t)", "t", titles);
            rows += deleteIn("delete from revocation where title_number in (:t)", "t", titles);
            rows += deleteIn("delete from benchmark_title where number in (:t)", "t", titles);
        }
        if (!objections.isEmpty()) {
            rows += deleteIn("delete from objection_vote where objection_number in (:o)", "o", objections);
            rows += deleteIn("delete from objection_follow_up where objection_number in (:o)", "o", objections);
            rows += deleteIn("delete from objection where number in (:o)", "o", objections);
        }
        rows += deleteIn("delete from publicity_entry where application_number in (:a)", "a", numbers);
        rows += deleteIn("delete from ministry_comment where application_number in (:a)", "a", numbers);
        rows += deleteIn("delete from site_verification where application_number in (:a)", "a", numbers);
        rows += deleteIn("delete from review_assignment where application_number in (:a)", "a", numbers);
        rows += deleteIn("delete from printed_form where application_number in (:a)", "a", numbers);
        rows += deleteIn("delete from sealed_form_check where application_number in (:a)", "a", numbers);
        rows += deleteIn("""
                delete from application_receipt_material where receipt_number in
                  (select number from application_receipt where application_number in (:a))""", "a", numbers);
        rows += deleteIn("delete from application_receipt where application_number in (:a)", "a", numbers);
        rows += deleteIn("delete from application_document where application_number in (:a)", "a", numbers);
        rows += deleteIn("delete from application where number in (:a)", "a", numbers);
        int files = store.removeAllAfterCommit(numbers, evidence);
        return new int[] {numbers.size(), rows, files};
    }

    private int deleteIn(String sql, String name, List<String> values) {
        return jdbc.sql(sql).param(name, new ArrayList<>(values)).update();
    }

    private static String alive(String column) {
        return ALIVE.formatted(column);
    }
}
