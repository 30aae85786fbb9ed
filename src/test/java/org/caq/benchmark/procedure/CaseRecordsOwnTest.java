package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link CaseRecords#own} asks the record once per transaction for an instance it found to be the owner, and every time
 * otherwise: a refusal, another instance with the same key, another kind of record, a new transaction.
 */
class CaseRecordsOwnTest {

    private final List<String> asked = new ArrayList<>();

    /** The record 2026-national-0001 belongs to instance pi-1. */
    private final BiFunction<String, String, Optional<String>> ownerOf = (number, instance) -> {
        asked.add(number + " for " + instance);
        return "2026-national-0001".equals(number) ? Optional.of("pi-1") : Optional.empty();
    };

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            complete();
        }
    }

    @Test
    void in_one_transaction_the_owner_is_asked_once() {
        TransactionSynchronizationManager.initSynchronization();

        assertThat(CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf)).isEqualTo("2026-national-0001");
        assertThat(CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf)).isEqualTo("2026-national-0001");

        assertThat(asked).containsExactly("2026-national-0001 for pi-1");
    }

    @Test
    void another_instance_with_the_same_key_is_still_refused_after_the_owner_was_found() {
        TransactionSynchronizationManager.initSynchronization();
        CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf);

        assertThatThrownBy(() -> CaseRecords.own(execution("2026-national-0001", "pi-2"), "申报", ownerOf))
                .isInstanceOf(NotThisCase.class).hasMessageContaining("属于另一个流程实例（pi-1）");
        assertThat(asked).containsExactly("2026-national-0001 for pi-1", "2026-national-0001 for pi-2");
    }

    @Test
    void another_kind_of_record_is_asked_for_itself() {
        TransactionSynchronizationManager.initSynchronization();
        CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf);
        CaseRecords.own(execution("2026-national-0001", "pi-1"), "异议", ownerOf);

        assertThat(asked).hasSize(2);
    }

    @Test
    void a_refusal_is_asked_again_every_time() {
        TransactionSynchronizationManager.initSynchronization();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> CaseRecords.own(execution("2026-national-0002", "pi-1"), "申报", ownerOf))
                    .isInstanceOf(NotThisCase.class);
        }

        assertThat(asked).hasSize(2);
    }

    @Test
    void the_next_transaction_asks_again() {
        TransactionSynchronizationManager.initSynchronization();
        CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf);
        complete();
        TransactionSynchronizationManager.initSynchronization();
        CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf);

        assertThat(asked).hasSize(2);
    }

    @Test
    void without_a_transaction_every_call_asks() {
        CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf);
        CaseRecords.own(execution("2026-national-0001", "pi-1"), "申报", ownerOf);

        assertThat(asked).hasSize(2);
    }

    /** As the transaction manager ends a transaction: the synchronizations' after-completion, then none. */
    private static void complete() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
    }

    private static DelegateExecution execution(String businessKey, String instance) {
        return (DelegateExecution) Proxy.newProxyInstance(CaseRecordsOwnTest.class.getClassLoader(),
                new Class<?>[] {DelegateExecution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProcessBusinessKey" -> businessKey;
                    case "getProcessInstanceId" -> instance;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
