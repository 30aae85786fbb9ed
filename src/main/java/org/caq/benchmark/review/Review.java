package org.caq.benchmark.review;

import java.time.Instant;
import java.util.List;

/** One expert's review of one application at one stage; scores and comment once submitted. */
public record Review(String id, String campaignNumber, String groupCode, String applicationNumber, String expertCode,
        ReviewStage stage, Status status, boolean late, String recusalReason, Instant dueAt, List<Integer> scores,
        String comment) {

    public enum Status {
        ASSIGNED, SUBMITTED, RECUSED,
        /** Taken from an unavailable expert by the office and given to another. */
        REASSIGNED
    }
}
