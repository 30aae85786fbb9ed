package org.caq.benchmark.model;

import java.util.List;

/** Names {@code benchmark-title} and {@code benchmark-revocation} share with their forms and with Java. */
public final class TitleProcess {

    public static final String KEY = "benchmark-title";
    public static final String REVOCATION_KEY = "benchmark-revocation";
    /** Starts a title's management case: thrown by the campaign for each title its announcement entered (decision 0083). */
    public static final String TITLE_AWARDED = "TitleAwarded";
    /** Sent to a title's management case when the title is revoked before its duties are done. */
    public static final String TITLE_REVOKED = "TitleRevoked";
    /** Sent to a national title's management case when its holder attended an exchange activity (Art. 23). */
    public static final String EXCHANGE_ATTENDED = "ExchangeAttended";
    /** The gateway that gives a title its duties by level; models before it asked no video parts. */
    public static final String DUTIES_GATEWAY = "Gateway_Duties";
    /** What the office records when it follows an overdue duty up. */
    public static final String FOLLOW_UP_NOTE = "dutyFollowUpNote";
    /** Task-local: which duty is overdue and since when. */
    public static final String OVERDUE_DUTY = "overdueDuty";

    // record-plaque form
    public static final String PLAQUE_NUMBER = "plaqueNumber";
    public static final String PLAQUE_AWARDED_ON = "plaqueAwardedOn";
    // promotion-video form (seed 001 annex 3 §1(4); Art. 23)
    public static final String VIDEO_URL = "videoUrl";
    /** The total, on the form of cases started before the three parts were asked (kept for those cases). */
    public static final String VIDEO_MINUTES = "videoMinutes";
    public static final String VIDEO_SPEAKER_MINUTES = "videoSpeakerMinutes";
    public static final String VIDEO_PRESENTATION_MINUTES = "videoPresentationMinutes";
    public static final String VIDEO_PRODUCT_MINUTES = "videoProductMinutes";
    public static final String VIDEO_STRUCTURE_CONFIRMED = "videoStructureConfirmed";
    public static final String EXCHANGE_CONFIRMED = "exchangeConfirmed";
    /** Task-local summary of the title (and, in a revocation, of the report). */
    public static final String TITLE_SUMMARY = "titleSummary";

    // revocation
    public static final String REVOCATION_OPENER = "revocationOpener";
    public static final String TITLE_NUMBER = "titleNumber";
    public static final String GROUND = "revocationGround";
    /** The aspect of a major accident of another kind than Art. 24 lists (ground OTHER_MAJOR_ACCIDENT). */
    public static final String GROUND_DETAIL = "revocationGroundDetail";
    public static final String REPORT = "revocationReport";
    public static final String FINDINGS = "revocationFindings";
    public static final String RECOMMENDATION = "revocationRecommendation";
    public static final String DECISION = "revocationDecision";
    public static final String DECISION_REASON = "revocationDecisionReason";
    public static final String REVOKE = "revoke";
    public static final String KEEP = "keep";
    /** The investigation's recommendation and the office's decision, as value, name, value, name… */
    public static final List<String> REVOCATION_CHOICES = List.of(REVOKE, "撤销称号", KEEP, "维持称号");

    // exchange activities (Art. 23)
    public static final String EXCHANGE_KEY = "benchmark-exchange";
    public static final String EXCHANGE_DIRECTORY = "exchangeDirectory";
    public static final String EXCHANGE_NAME = "exchangeName";
    public static final String EXCHANGE_HELD_ON = "exchangeHeldOn";
    public static final String EXCHANGE_PLACE = "exchangePlace";
    public static final String EXCHANGE_INVITED = "exchangeInvited";
    /** The invited titles with their holders, shown to the office recording attendance. */
    public static final String EXCHANGE_INVITED_LIST = "exchangeInvitedList";
    public static final String EXCHANGE_ATTENDANCE = "exchangeAttendance";

    // element ids and messages Java needs (ModelNamesTest)
    public static final String END_EVENT_TITLE_REVOKED = "EndEvent_TitleRevoked";
    public static final String USER_TASK_DECIDE_REVOCATION = "UserTask_DecideRevocation";
    public static final String USER_TASK_INVESTIGATE_REPORT = "UserTask_InvestigateReport";
    public static final String USER_TASK_PROVIDE_PROMOTION_VIDEO = "UserTask_ProvidePromotionVideo";
    public static final String USER_TASK_RECORD_PLAQUE = "UserTask_RecordPlaque";

    private TitleProcess() {
    }
}
