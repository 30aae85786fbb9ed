package org.caq.benchmark.procedure;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a step finds its case's record: by the business key, and only if the record names this process
 * instance as its own. A start part-way or a modification can give an instance any business key; the record, written
 * when the case entered through its start event, says which instance it belongs to. Every *Cases bean goes through
 * here (CaseRecordsTest keeps it so), so no delegate, listener or expression acts on another case's record.
 */
public final class CaseRecords {

    private static final Logger log = LoggerFactory.getLogger(CaseRecords.class);
    /** The transaction's resource: the (record, number, instance) found the instance's own so far in it. */
    private static final Object CONFIRMED = new Object();

    private CaseRecords() {
    }

    /**
     * The business key as the instance states it, to name the case in a text (a task's notice); never to find or
     * change a record, for which {@link #own} checks the key against the record.
     */
    public static String shownKey(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    /**
     * The business key, once the record it names is this instance's. {@code ownerOf} answers, for the number and this
     * instance, the instance that owns the record, or nothing when there is no such record.
     */
    public static String own(DelegateExecution execution, String record, BiFunction<String, String, Optional<String>> ownerOf) {
        String number = execution.getProcessBusinessKey();
        String instance = execution.getProcessInstanceId();
        String confirmation = record + "\u0000" + number + "\u0000" + instance;
        if (number != null && confirmedInTransaction().contains(confirmation)) {
            return number;
        }
        Optional<String> owner = number == null ? Optional.empty() : ownerOf.apply(number, instance);
        if (owner.isPresent() && owner.get().equals(instance)) {
            confirm(confirmation);
            return number;
        }
        log.warn("Refused {} {} to process instance {} ({}): it is not the instance's own record", record, number,
                instance, owner.map(other -> "owned by " + other).orElse("no such record"));
        throw owner.isPresent() ? NotThisCase.foreign(record, number, instance, owner.get())
                : NotThisCase.missing(record, number, instance);
    }

    /**
     * What this transaction has found already. A record's instance is written once (when the case enters through its
     * start event, or claimed where none is) and never changes, so one check per transaction is enough; the steps of
     * one start ask several times (the task's assignee, its due date, the status). A refusal is never remembered.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> confirmedInTransaction() {
        Object confirmed = TransactionSynchronizationManager.getResource(CONFIRMED);
        return confirmed == null ? Set.of() : (Set<String>) confirmed;
    }

    private static void confirm(String confirmation) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (TransactionSynchronizationManager.getResource(CONFIRMED) == null) {
            TransactionSynchronizationManager.bindResource(CONFIRMED, new HashSet<String>());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CONFIRMED);
                }
            });
        }
        confirmedInTransaction().add(confirmation);
    }
}
