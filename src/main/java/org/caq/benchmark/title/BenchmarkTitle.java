package org.caq.benchmark.title;

import java.time.LocalDate;
import org.caq.benchmark.campaign.CampaignLevel;

/** A quality benchmark title as the registry keeps it: never deleted; a revoked one keeps its date and ground. */
public record BenchmarkTitle(String number, String applicationNumber, String campaignNumber, String holderUser,
        String benchmarkName, String enterpriseName, int year, CampaignLevel level, String category,
        String recommendingUnit, LocalDate awardedOn, String plaqueNumber, String videoUrl, boolean exchangeConfirmed,
        Status status, LocalDate revokedOn, RevocationGround revocationGround) {

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
