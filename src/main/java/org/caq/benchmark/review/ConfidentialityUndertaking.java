package org.caq.benchmark.review;

/** The undertaking an expert signs before a campaign's applications open to them (Art. 15), and its version. */
public final class ConfidentialityUndertaking {

    /** Changed whenever the text changes, so a signature says which text was signed. */
    public static final String VERSION = "2026-1";

    /** The form's checkbox the expert ticks to sign. */
    public static final String ACCEPTED = "undertakingAccepted";

    private ConfidentialityUndertaking() {
    }
}
