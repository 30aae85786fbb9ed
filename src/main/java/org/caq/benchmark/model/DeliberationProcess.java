package org.caq.benchmark.model;

/** Names the {@code benchmark-deliberation} process shares with its form and with Java. */
public final class DeliberationProcess {

    public static final String KEY = "benchmark-deliberation";

    // element ids and messages Java needs (ModelNamesTest)
    public static final String USER_TASK_DELIBERATE = "UserTask_Deliberate";
    /** Message end events telling the group's application cases; a model without them is a version before them. */
    public static final String END_EVENT_DEFENSE_REVIEW_DECIDED = "EndEvent_DefenseReviewDecided";
    public static final String END_EVENT_MATERIAL_REVIEW_DECIDED = "EndEvent_MaterialReviewDecided";

    private DeliberationProcess() {
    }
}
