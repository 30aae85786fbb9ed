package org.caq.benchmark.title;

import java.time.Instant;
import org.caq.benchmark.model.TitleProcess;

/**
 * A revocation case opened on a report (Art. 24), and its outcome once the office decided. {@code groundDetail} names
 * the aspect of a major accident of another kind than those the article lists.
 */
public record Revocation(String number, String titleNumber, RevocationGround ground, String groundDetail, String report,
        String findings, String decision, String decisionReason, Instant decidedAt, String noticeText) {

    /** The ground as the case and the notice state it. */
    public String groundText() {
        return ground.describe(groundDetail);
    }

    public boolean revoked() {
        return TitleProcess.REVOKE.equals(decision);
    }

    public boolean open() {
        return decision == null;
    }
}
