package org.caq.benchmark.model;

/** Names the {@code benchmark-deliberation} process shares with its form and with Java. */
public final class DeliberationProcess {

    public static final String KEY = "benchmark-deliberation";

    private DeliberationProcess() {
    }
}
