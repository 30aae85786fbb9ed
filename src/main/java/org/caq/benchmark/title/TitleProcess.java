package org.caq.benchmark.title;

import java.util.List;

/** Names {@code benchmark-title} and {@code benchmark-revocation} share with their forms and with Java. */
public final class TitleProcess {

    public static final String KEY = "benchmark-title";
    public static final String REVOCATION_KEY = "benchmark-revocation";
    /** Sent to a title's management case when the title is revoked before its duties are done. */
    public static final String TITLE_REVOKED = "TitleRevoked";

    // record-plaque form
    public static final String PLAQUE_NUMBER = "plaqueNumber";
    public static final String PLAQUE_AWARDED_ON = "plaqueAwardedOn";
    // promotion-video form (seed 001 annex 3 §1(4); Art. 23)
    public static final String VIDEO_URL = "videoUrl";
    public static final String VIDEO_MINUTES = "videoMinutes";
    public static final String VIDEO_STRUCTURE_CONFIRMED = "videoStructureConfirmed";
    public static final String EXCHANGE_CONFIRMED = "exchangeConfirmed";
    /** Task-local summary of the title (and, in a revocation, of the report). */
    public static final String TITLE_SUMMARY = "titleSummary";

    // revocation
    public static final String REVOCATION_OPENER = "revocationOpener";
    public static final String TITLE_NUMBER = "titleNumber";
    public static final String GROUND = "revocationGround";
    public static final String REPORT = "revocationReport";
    public static final String FINDINGS = "revocationFindings";
    public static final String RECOMMENDATION = "revocationRecommendation";
    public static final String DECISION = "revocationDecision";
    public static final String DECISION_REASON = "revocationDecisionReason";
    public static final String REVOKE = "revoke";
    public static final String KEEP = "keep";
    /** The office's recommendation and the committee's decision, as value, name, value, name… */
    public static final List<String> REVOCATION_CHOICES = List.of(REVOKE, "撤销称号", KEEP, "维持称号");

    private TitleProcess() {
    }
}
