package org.caq.benchmark.recommendingunit;

/**
 * A unit that may recommend applications within its quota (Measures Art. 7, 17). Its directory is
 * {@value #NATIONAL} for the national selection, or the code of the province whose selection it serves.
 */
public record RecommendingUnit(String code, String directory, String name, Kind kind, int defaultQuota) {

    public static final String NATIONAL = "national";

    private static final String GROUP_PREFIX = "unit-";

    public enum Kind {
        PROVINCE,
        SEPARATELY_PLANNED_CITY,
        XPCC,
        NATIONAL_ASSOCIATION,
        /** A prefectural city's bureau in a provincial selection (seeds 002, 004). */
        CITY,
        /** The department's own intake for the enterprises a province's notice lets submit directly (seed 004 §一(三)2). */
        DIRECT
    }

    /** The engine group whose members act for this unit. */
    public String groupId() {
        return groupOf(code);
    }

    /** The engine group of the unit with this code. */
    public static String groupOf(String code) {
        return GROUP_PREFIX + code;
    }

    /** Whether an engine group is a unit's. */
    public static boolean isGroup(String groupId) {
        return groupId.startsWith(GROUP_PREFIX);
    }
}
