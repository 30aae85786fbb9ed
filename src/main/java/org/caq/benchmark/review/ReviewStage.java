package org.caq.benchmark.review;

/** The two scored stages of the procedure (Measures Art. 19, 20). */
public enum ReviewStage {
    MATERIAL("资料评审"),
    DEFENSE("答辩评审");

    private final String displayName;

    ReviewStage(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
