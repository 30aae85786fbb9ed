package org.caq.benchmark.campaign;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.OwnPools;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application numbers, unique and gap-free per campaign, without holding the campaign row for a whole start
 * (decision 0071). A new number is reserved in a short transaction on a small pool of its own (the campaign row is
 * locked for a few milliseconds there, never behind a start); the start then takes its reservation in its own
 * transaction. Should the start roll back, the reservation survives, and the next start of the campaign takes the
 * lowest such number before a new one: every number up to the campaign's last is an application or waits, reserved,
 * for the next one.
 */
@Repository
public class ApplicationNumbers {

    private final JdbcClient jdbc;
    private final HikariDataSource pool;
    private final JdbcClient numbering;
    private final TransactionTemplate shortTransactions;

    ApplicationNumbers(JdbcClient jdbc, DataSourceProperties database,
            @Value("${benchmark.numbering.pool-size:2}") int poolSize) {
        this.jdbc = jdbc;
        this.pool = OwnPools.create(database, "application-numbers", poolSize);
        this.numbering = JdbcClient.create(pool);
        this.shortTransactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    @PreDestroy
    void close() {
        pool.close();
    }

    /**
     * The next sequence number of an application in the campaign, held by the caller's transaction: a reservation
     * left by a rolled-back start first, else a new one. A new reservation is taken at once, without looking through
     * the others' again; should another start take it first, the search starts over.
     */
    public int next(String campaign) {
        while (true) {
            Optional<Integer> taken = takeFree(campaign).or(() -> takeNew(campaign));
            if (taken.isPresent()) {
                giveBackOnRollback(campaign, taken.get());
                return taken.get();
            }
        }
    }

    /** A new reservation, taken at once; nothing if another start took it first. */
    private Optional<Integer> takeNew(String campaign) {
        int seq = reserve(campaign);
        return take(campaign, seq) ? Optional.of(seq) : Optional.empty();
    }

    /**
     * The lowest reserved number no other start holds, deleted in the caller's transaction: until it commits, others
     * skip the row; if it rolls back, the row is free again. Each candidate is tried by itself: H2 applies a row limit
     * before it skips locked rows, so "the first unlocked of the ordered rows" in one query can come back empty while a
     * higher reservation is free, and the start would reserve yet another number and leave that one behind.
     */
    private Optional<Integer> takeFree(String campaign) {
        List<Integer> reserved = jdbc.sql("select seq from application_number_reservation where campaign_number = ? order by seq")
                .param(campaign).query(Integer.class).list();
        for (int seq : reserved) {
            if (take(campaign, seq)) {
                return Optional.of(seq);
            }
        }
        return Optional.empty();
    }

    /** The reservation, deleted in the caller's transaction, unless another start holds it. */
    private boolean take(String campaign, int seq) {
        boolean ours = jdbc.sql("""
                select seq from application_number_reservation where campaign_number = ? and seq = ?
                for update skip locked""").params(campaign, seq).query(Integer.class).optional().isPresent();
        if (ours) {
            jdbc.sql("delete from application_number_reservation where campaign_number = ? and seq = ?")
                    .params(campaign, seq).update();
        }
        return ours;
    }

    /** A new number, committed as a reservation at once: the campaign row is locked only for this. */
    private int reserve(String campaign) {
        return shortTransactions.execute(status -> {
            numbering.sql("update campaign set last_application_seq = last_application_seq + 1 where number = ?")
                    .param(campaign).update();
            int seq = numbering.sql("select last_application_seq from campaign where number = ?").param(campaign)
                    .query(Integer.class).single();
            numbering.sql("insert into application_number_reservation (campaign_number, seq) values (?, ?)")
                    .params(campaign, seq).update();
            return seq;
        });
    }

    /**
     * A rolled-back start that held the campaign's last number hands it back, so that a failure at the end of the
     * window leaves no reserved number behind; a lower one waits for the next start.
     */
    private void giveBackOnRollback(String campaign, int seq) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    giveBackIfLast(campaign, seq);
                }
            }
        });
    }

    private void giveBackIfLast(String campaign, int seq) {
        shortTransactions.executeWithoutResult(status -> {
            int last = numbering.sql("select last_application_seq from campaign where number = ? for update")
                    .param(campaign).query(Integer.class).single();
            // skip locked: another start may already have taken the number; then it is no longer free
            boolean free = numbering.sql("""
                    select seq from application_number_reservation where campaign_number = ? and seq = ?
                    for update skip locked""").params(campaign, seq).query(Integer.class).optional().isPresent();
            if (last == seq && free) {
                numbering.sql("delete from application_number_reservation where campaign_number = ? and seq = ?")
                        .params(campaign, seq).update();
                numbering.sql("update campaign set last_application_seq = ? where number = ?").params(seq - 1, campaign).update();
            }
        });
    }
}
