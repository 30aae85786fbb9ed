package org.caq.benchmark.publicity;

import java.time.Instant;
import org.caq.benchmark.documents.DocumentStore;

/** An objection raised during publicity (Art. 21) and how it was handled. The objector's contact stays with the office. */
public record Objection(String number, String campaignNumber, String applicationNumber, Objector objector, String grounds,
        DocumentStore.StoredFile evidence, Instant submittedAt, Status status, String findings, String decisionReason,
        String reply, Instant closedAt) {

    public record Objector(String name, String organisation, String phone, String email) {
    }

    public enum Status {
        UNDER_INVESTIGATION("调查核实中"),
        BEFORE_COMMITTEE("提交评审委员会审议"),
        UPHELD("异议成立"),
        DISMISSED("异议不成立");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }
}
