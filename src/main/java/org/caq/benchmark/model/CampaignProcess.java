package org.caq.benchmark.model;

/** Names the {@code benchmark-campaign} process shares with its forms and with Java. */
public final class CampaignProcess {

    public static final String KEY = "benchmark-campaign";

    public static final String STARTER = "campaignStarter";
    public static final String YEAR = "year";
    public static final String LEVEL = "level";
    public static final String PROVINCE = "province";
    public static final String ORGANISER = "organiser";
    public static final String FOCUS_AREAS = "focusAreas";
    public static final String APPLICATION_OPENS = "applicationOpens";
    public static final String APPLICATION_CLOSES = "applicationCloses";
    public static final String RECOMMENDATION_DEADLINE = "recommendationDeadline";
    public static final String RAN_OWN_ACTIVITY_UNITS = "ranOwnActivityUnits";
    public static final String QUOTA_ADJUSTMENTS = "quotaAdjustments";
    /** Whether the preliminary list is publicised (Art. 21); a level whose notice has none may leave it out. */
    public static final String WITH_PUBLICITY = "withPublicity";
    public static final String CAMPAIGN_NUMBER = "campaignNumber";
    public static final String NOTICE_URL = "noticeUrl";

    private CampaignProcess() {
    }
}
