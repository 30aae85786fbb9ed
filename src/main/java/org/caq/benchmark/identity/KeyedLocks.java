package org.caq.benchmark.identity;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per key (an account, an address), existing only while someone holds or waits for it: attempts for
 * different keys never wait for each other, and a flood of distinct keys leaves nothing behind. Shared stripes made
 * unrelated logins queue behind each other's connection waits (issue 19).
 */
final class KeyedLocks {

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    /** Whether the key's lock was had within the wait; if so, {@link #unlock} it. */
    boolean tryLock(String key, long seconds) {
        Entry entry = locks.compute(key, (k, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        boolean locked = false;
        try {
            locked = entry.lock.tryLock(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!locked) {
            leave(key);
        }
        return locked;
    }

    void unlock(String key) {
        locks.get(key).lock.unlock();
        leave(key);
    }

    /** Whether anyone holds or waits for the key's lock at this moment (a hint: it may change at once). */
    boolean isHeld(String key) {
        return locks.containsKey(key);
    }

    int size() {
        return locks.size();
    }

    private void leave(String key) {
        locks.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
    }
}
