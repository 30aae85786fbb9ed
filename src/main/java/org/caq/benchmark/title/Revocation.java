package org.caq.benchmark.title;

import java.time.Instant;

/** A revocation case opened on a report (Art. 24), and its outcome once the committee decided. */
public record Revocation(String number, String titleNumber, RevocationGround ground, String report, String findings,
        String decision, String decisionReason, Instant decidedAt, String noticeText) {

    public boolean revoked() {
        return TitleProcess.REVOKE.equals(decision);
    }

    public boolean open() {
        return decision == null;
    }
}
