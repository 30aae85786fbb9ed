package org.caq.benchmark.recommendingunit;

/** A unit that may recommend applications within its quota (Measures Art. 7, 17). */
public record RecommendingUnit(String code, String name, Kind kind, int defaultQuota) {

    public enum Kind {
        PROVINCE,
        SEPARATELY_PLANNED_CITY,
        XPCC,
        NATIONAL_ASSOCIATION
    }

    /** The engine group whose members act for this unit. */
    public String groupId() {
        return "unit-" + code;
    }
}
