package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class KeyedLocksTest {

    private final KeyedLocks locks = new KeyedLocks();

    @Test
    void lets_one_holder_per_key_and_never_makes_another_key_wait() throws Exception {
        assertThat(locks.tryLock("alice", 1)).isTrue();

        assertThat(CompletableFuture.supplyAsync(() -> locks.tryLock("alice", 1)).get()).as("same key, other thread").isFalse();
        assertThat(CompletableFuture.supplyAsync(() -> {
            boolean locked = locks.tryLock("bob", 0);
            locks.unlock("bob");
            return locked;
        }).get()).as("another key").isTrue();

        locks.unlock("alice");
        assertThat(CompletableFuture.supplyAsync(() -> {
            boolean locked = locks.tryLock("alice", 0);
            locks.unlock("alice");
            return locked;
        }).get()).as("released").isTrue();
    }

    @Test
    void keeps_no_entry_once_nobody_holds_or_waits() throws Exception {
        for (int i = 0; i < 1000; i++) {
            assertThat(locks.tryLock("address-" + i, 0)).isTrue();
            locks.unlock("address-" + i);
        }
        assertThat(locks.tryLock("held", 0)).isTrue();
        assertThat(CompletableFuture.supplyAsync(() -> locks.tryLock("held", 0)).get()).isFalse();

        assertThat(locks.size()).as("only the held key").isEqualTo(1);
        locks.unlock("held");
        assertThat(locks.size()).isZero();
    }
}
