package org.caq.benchmark.model;

/** Names the {@code benchmark-deliberation} process shares with its form and with Java. */
public final class DeliberationProcess {

    public static final String KEY = "benchmark-deliberation";

    // element ids and messages Java needs (ModelNamesTest)
    public static final String USER_TASK_DELIBERATE = "UserTask_Deliberate";

    private DeliberationProcess() {
    }
}
