package org.caq.benchmark.availability;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process starts one after another in a bounded, fair queue in front of the connection pool (issue 19's deadline
 * rush): at most {@code benchmark.starts.concurrent} starts run at once, the others wait in arrival order instead of
 * each holding a thread in the pool's own queue and failing after its 5 s timeout. A start that finds
 * {@code benchmark.starts.queue} others waiting, or waits longer than {@code benchmark.starts.max-wait}, is refused
 * with {@link StartsBusy} (503 with Retry-After, see {@link OutageFilter}). A start nested in one already admitted
 * (a delegate starting a process) passes: it holds a connection already.
 */
@Component
class StartQueue {

    private static final Logger log = LoggerFactory.getLogger(StartQueue.class);

    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ThreadLocal<Boolean> admitted = new ThreadLocal<>();
    private final int concurrent;
    private final int maxWaiting;
    private final Duration maxWait;

    StartQueue(@Value("${benchmark.starts.concurrent:8}") int concurrent,
            @Value("${benchmark.starts.queue:1000}") int maxWaiting,
            @Value("${benchmark.starts.max-wait:60s}") Duration maxWait) {
        this.running = new Semaphore(concurrent, true);
        this.concurrent = concurrent;
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** Runs the start when its turn comes; refuses it when the queue is full or the wait too long. */
    <T> T admit(Supplier<T> start) {
        if (admitted.get() != null) {
            return start.get();
        }
        enter();
        admitted.set(Boolean.TRUE);
        try {
            return start.get();
        } finally {
            admitted.remove();
            running.release();
        }
    }

    private void enter() {
        // the timed form with no wait keeps the queue's order: it takes a free place only when nobody waits for one
        if (tryAcquire(0)) {
            return;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            refuse("the queue holds " + maxWaiting + " starts already");
        }
        boolean entered;
        try {
            entered = tryAcquire(maxWait.toMillis());
        } finally {
            waiting.decrementAndGet();
        }
        if (!entered) {
            refuse("it waited " + maxWait.toSeconds() + " s");
        }
    }

    private boolean tryAcquire(long millis) {
        try {
            return running.tryAcquire(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void refuse(String why) {
        log.warn("A process start was refused for load: {}", why);
        ConnectionFailures.recordBusy();
        throw new StartsBusy();
    }

    /** Starts waiting for their turn now. */
    int waiting() {
        return waiting.get();
    }

    /** How many starts run at once, and how many may wait besides. */
    int concurrent() {
        return concurrent;
    }

    int maxWaiting() {
        return maxWaiting;
    }
}
