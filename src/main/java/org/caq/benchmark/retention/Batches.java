package org.caq.benchmark.retention;

import java.util.function.Supplier;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.transaction.support.TransactionTemplate;

/** The nightly retentions' loop: one transaction per batch until a batch removes nothing or the deadline passes. */
final class Batches {

    private Batches() {
    }

    /** Runs {@code batch} ({items, rows, files} removed) batch after batch; the sums of the three. */
    static int[] drain(TransactionTemplate transaction, Supplier<int[]> batch, long deadlineMillis) {
        int[] total = new int[3];
        while (BeijingTime.now().toEpochMilli() < deadlineMillis) {
            int[] removed = transaction.execute(status -> batch.get());
            if (removed[0] == 0) {
                break;
            }
            for (int i = 0; i < total.length; i++) {
                total[i] += removed[i];
            }
        }
        return total;
    }
}
