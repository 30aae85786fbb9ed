package org.caq.benchmark.model;

/**
 * {@code benchmark-nomination}: a province's national recommending unit chooses, from its province's titles in force,
 * the holders it nominates to a national campaign, and each nominated holder applies from that nomination with its
 * provincial application's form carried over (seed 002 §四(四); seed 004 §一(三)3, §二(二)1-3).
 */
public final class NominationProcess {

    public static final String KEY = "benchmark-nomination";

    // start form
    public static final String UNIT = "nominatingUnit";
    public static final String CHOOSE_BY = "chooseBy";
    public static final String APPLY_BY = "applyBy";

    // set when the case opens, shown on the choosing task
    public static final String ELIGIBLE_TITLES = "eligibleTitles";

    // the choosing task
    public static final String NOMINATED = "nominatedTitles";

    /** The element variable of the multi-instance application task: one nominated title each. */
    public static final String TITLE = "nominatedTitle";

    private NominationProcess() {
    }
}
