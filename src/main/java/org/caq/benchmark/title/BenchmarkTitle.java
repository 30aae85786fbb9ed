package org.caq.benchmark.title;

import java.time.LocalDate;
import java.util.List;
import org.caq.benchmark.campaign.CampaignLevel;

/**
 * A quality benchmark title as the registry keeps it: never deleted; a revoked one keeps its date and ground.
 * {@code videoParts}: the minutes of the promotional video's three parts as the holder recorded them (speaker,
 * slides with audio, product or brand), empty until then.
 */
public record BenchmarkTitle(String number, String applicationNumber, String campaignNumber, String holderUser,
        String benchmarkName, String enterpriseName, int year, CampaignLevel level, String category,
        String recommendingUnit, LocalDate awardedOn, String plaqueNumber, String videoUrl, List<Integer> videoParts,
        boolean exchangeConfirmed, Status status, LocalDate revokedOn, RevocationGround revocationGround,
        String revocationGroundDetail) {

    /** The ground as the registry states it, or nothing while the title is in force. */
    public String revocationGroundText() {
        return revocationGround == null ? null : revocationGround.describe(revocationGroundDetail);
    }

    public enum Status {
        ACTIVE("有效"),
        REVOKED("已撤销");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }
}
