package org.caq.benchmark.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starts beyond the running limit wait in arrival order; a full queue or a too long wait refuses at once. */
class StartQueueTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void starts_beyond_the_limit_wait_and_run_in_the_order_they_came() throws Exception {
        StartQueue queue = new StartQueue(1, 10, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        Future<?> first = threads.submit(() -> queue.admit(() -> {
            ran.add("first");
            await(release);
            return null;
        }));
        awaitUntil(() -> ran.size() == 1);
        List<Future<?>> waiting = new java.util.ArrayList<>();
        for (String name : List.of("second", "third", "fourth")) {
            int before = queue.waiting();
            waiting.add(threads.submit(() -> queue.admit(() -> ran.add(name))));
            awaitUntil(() -> queue.waiting() == before + 1);
        }
        assertThat(ran).containsExactly("first");

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> start : waiting) {
            start.get(10, TimeUnit.SECONDS);
        }
        assertThat(ran).containsExactly("first", "second", "third", "fourth");
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void a_start_that_finds_the_queue_full_is_refused_at_once_and_one_that_waits_too_long_after_the_wait() throws Exception {
        StartQueue queue = new StartQueue(1, 1, Duration.ofMillis(300));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        threads.submit(() -> queue.admit(() -> {
            running.countDown();
            await(release);
            return null;
        }));
        running.await(10, TimeUnit.SECONDS);
        Future<?> waitsTooLong = threads.submit(() -> queue.admit(() -> "never"));
        awaitUntil(() -> queue.waiting() == 1);

        assertThatThrownBy(() -> queue.admit(() -> "never")).isInstanceOf(StartsBusy.class)
                .hasMessageContaining("同时提交的申报过多").hasMessageContaining("请稍后重新提交");
        assertThatThrownBy(() -> waitsTooLong.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(StartsBusy.class);
        release.countDown();
        assertThat(threads.submit(() -> queue.admit(() -> "after")).get(10, TimeUnit.SECONDS)).isEqualTo("after");
    }

    @Test
    void a_start_nested_in_an_admitted_one_does_not_wait_for_a_second_place() {
        StartQueue queue = new StartQueue(1, 0, Duration.ofMillis(100));

        assertThat(queue.admit(() -> queue.admit(() -> "nested"))).isEqualTo("nested");
        assertThat(queue.admit(() -> "again")).as("the place was given back").isEqualTo("again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
