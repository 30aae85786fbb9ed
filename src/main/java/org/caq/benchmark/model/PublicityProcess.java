package org.caq.benchmark.model;

import java.util.List;

/** Names the publicity stage of {@code benchmark-campaign} and the {@code benchmark-objection} process share with forms and Java. */
public final class PublicityProcess {

    /** Measures Art. 21: the list is published for 10 working days. */
    public static final int WORKING_DAYS = 10;

    // publish-publicity form
    public static final String PUBLICITY_START = "publicityStart";
    /** A checklist of {@link PublicationChannel#PUBLICITY}; the note names the other channels ticked. */
    public static final String PUBLICITY_CHANNELS = "publicityChannels";
    public static final String PUBLICITY_CHANNEL_NOTE = "publicityChannelNote";
    /** The year whose holiday arrangement is missing while publication waits for it (task 补充…年节假日安排). */
    public static final String MISSING_CALENDAR_YEAR = "missingCalendarYear";
    /** Thrown when the period reaches a year without its arrangement: publication waits instead of failing. */
    public static final String CALENDAR_NOT_COVERED = "CalendarNotCovered";
    /** Sent to the campaign when its last open objection is settled after the period ended. */
    public static final String OBJECTIONS_SETTLED = "ObjectionsSettled";

    public static final String OBJECTION_KEY = "benchmark-objection";
    /** Task-local summary of the objection and the case it concerns (never the objector's contact to the committee). */
    public static final String OBJECTION_SUMMARY = "objectionSummary";
    public static final String FINDINGS = "objectionFindings";
    public static final String RECOMMENDATION = "objectionRecommendation";
    public static final String DECISION = "objectionDecision";
    public static final String DECISION_REASON = "objectionDecisionReason";
    public static final String REPLY = "objectionReply";
    public static final String UPHOLD = "uphold";
    public static final String DISMISS = "dismiss";
    /** How many working days after the period's end every objection is to be settled by (the office's bound). */
    public static final String OBJECTION_HANDLING_DAYS = "objectionHandlingDays";
    public static final int DEFAULT_OBJECTION_HANDLING_DAYS = 10;
    public static final int MAX_OBJECTION_HANDLING_DAYS = 20;
    // the committee's vote (Art. 21): one member a vote task
    /** Per vote: the member called to vote (the multi-instance element). */
    public static final String VOTER = "objectionVoter";
    public static final String VOTE = "objectionVote";
    public static final String VOTE_OPINION = "objectionVoteOpinion";
    /** What the office did about an overdue objection, and (task-local) which steps are overdue. */
    public static final String FOLLOW_UP_NOTE = "objectionFollowUpNote";
    public static final String OVERDUE_STEPS = "objectionOverdueSteps";
    /** The office's recommendation and each member's vote, as value, name, value, name… */
    public static final List<String> OBJECTION_CHOICES = List.of(UPHOLD, "异议成立", DISMISS, "异议不成立");

    // element ids and messages Java needs (ModelNamesTest)
    public static final String END_EVENT_OBJECTION_DISMISSED = "EndEvent_ObjectionDismissed";
    public static final String END_EVENT_OBJECTION_UPHELD = "EndEvent_ObjectionUpheld";
    public static final String START_EVENT_OBJECTION_RECEIVED = "StartEvent_ObjectionReceived";
    public static final String USER_TASK_FOLLOW_UP_OBJECTION = "UserTask_FollowUpObjection";
    public static final String USER_TASK_INVESTIGATE_OBJECTION = "UserTask_InvestigateObjection";
    public static final String USER_TASK_REPLY_TO_OBJECTOR = "UserTask_ReplyToObjector";
    public static final String USER_TASK_VOTE_ON_OBJECTION = "UserTask_VoteOnObjection";

    private PublicityProcess() {
    }
}
