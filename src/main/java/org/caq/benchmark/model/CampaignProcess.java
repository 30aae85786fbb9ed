package org.caq.benchmark.model;

/** Names the {@code benchmark-campaign} process shares with its forms and with Java. */
public final class CampaignProcess {

    public static final String KEY = "benchmark-campaign";

    public static final String STARTER = "campaignStarter";
    public static final String YEAR = "year";
    public static final String LEVEL = "level";
    public static final String PROVINCE = "province";
    /** The start form's province option for a province an administrator added (docs/administration.md), named in {@link #OTHER_PROVINCE}. */
    public static final String PROVINCE_OTHER = "other";
    public static final String OTHER_PROVINCE = "otherProvince";
    /** Optional: the day the results are to be decided and published by, where the level's notice sets one (002 §五). */
    public static final String RESULTS_DUE_BY = "resultsDueBy";
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

    // element ids and messages Java needs (ModelNamesTest)
    public static final String CALENDAR_YEAR_ADDED = "CalendarYearAdded";
    public static final String CALL_ACTIVITY_DEFENSE_REVIEW = "CallActivity_DefenseReview";
    public static final String CALL_ACTIVITY_MATERIAL_REVIEW = "CallActivity_MaterialReview";
    public static final String EVENT_APPLICATION_WINDOW_CLOSES = "Event_ApplicationWindowCloses";
    public static final String EVENT_APPLICATION_WINDOW_OPENS = "Event_ApplicationWindowOpens";
    public static final String EVENT_PUBLICITY_PERIOD_ENDS = "Event_PublicityPeriodEnds";
    public static final String EVENT_RECOMMENDATION_DEADLINE = "Event_RecommendationDeadline";
    /** Throw events telling the application cases (ReviewStageMigrationIT walks a campaign past them). */
    public static final String EVENT_SEND_LEFT_OFF_FINAL_LIST = "Event_SendLeftOffFinalList";
    public static final String EVENT_SEND_RESULT_ANNOUNCED = "Event_SendResultAnnounced";
    public static final String EVENT_SEND_TITLE_AWARDED = "Event_SendTitleAwarded";
    public static final String SERVICE_TASK_PUBLISH_PUBLICITY = "ServiceTask_PublishPublicity";
    public static final String USER_TASK_APPROVE_RESULTS = "UserTask_ApproveResults";
    public static final String USER_TASK_COMMENT_ON_PRELIMINARY_LIST = "UserTask_CommentOnPreliminaryList";
    public static final String USER_TASK_HANDLE_MINISTRY_COMMENTS = "UserTask_HandleMinistryComments";
    public static final String USER_TASK_OPEN_MATERIAL_REVIEW = "UserTask_OpenMaterialReview";
    public static final String USER_TASK_PREPARE_FINAL_LIST = "UserTask_PrepareFinalList";
    public static final String USER_TASK_PUBLISH_ANNOUNCEMENT = "UserTask_PublishAnnouncement";
    public static final String USER_TASK_PUBLISH_PUBLICITY = "UserTask_PublishPublicity";

    private CampaignProcess() {
    }
}
