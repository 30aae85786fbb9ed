package org.caq.benchmark.simulation;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;

/** Per-stage figures of a run: wall time, process instances started (by anyone), user tasks completed. */
final class Stages {

    record Stage(String name, long millis, long instancesStarted, long tasksCompleted) {
    }

    private final HistoryService history;
    private final List<Stage> stages = new ArrayList<>();
    private long tasks;
    private long retries;

    Stages(HistoryService history) {
        this.history = history;
    }

    synchronized void taskCompleted() {
        tasks++;
    }

    synchronized void retried() {
        retries++;
    }

    long retries() {
        return retries;
    }

    void run(String name, Runnable stage) {
        measure(name, () -> {
            stage.run();
            return null;
        });
    }

    <T> T measure(String name, Supplier<T> stage) {
        long instancesBefore = history.createHistoricProcessInstanceQuery().count();
        long tasksBefore = tasks;
        long start = System.nanoTime();
        T result = stage.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Stage done = new Stage(name, millis, history.createHistoricProcessInstanceQuery().count() - instancesBefore, tasks - tasksBefore);
        stages.add(done);
        // progress of a long run (ten full-size years take hours), on the error stream, apart from the report
        System.err.printf(Locale.ROOT, "%s %s: %d ms, %d instances, %d tasks%n", LocalTime.now().withNano(0), name,
                millis, done.instancesStarted(), done.tasksCompleted());
        return result;
    }

    List<Stage> all() {
        return stages;
    }

    long millis() {
        return stages.stream().mapToLong(Stage::millis).sum();
    }

    long instancesStarted() {
        return stages.stream().mapToLong(Stage::instancesStarted).sum();
    }

    long tasksCompleted() {
        return stages.stream().mapToLong(Stage::tasksCompleted).sum();
    }
}
