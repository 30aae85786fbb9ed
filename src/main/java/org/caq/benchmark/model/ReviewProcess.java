package org.caq.benchmark.model;

/** Names the {@code benchmark-review} process and the review stages of the campaign share with forms and Java. */
public final class ReviewProcess {

    public static final String KEY = "benchmark-review";
    /** A specialist group's reviews and deliberation at one stage, called by the campaign once per group. */
    public static final String GROUP_KEY = "benchmark-group-review";
    /** The campaign's per-group element variable, and the group review's per-assignment one is {@link #ASSIGNMENT_ID}. */
    public static final String EXPERT_GROUP = "expertGroup";
    /** Tells a group's defense review, waiting for its site findings, that one was recorded. */
    public static final String SITE_VERIFICATION_RECORDED = "SiteVerificationRecorded";

    public static final String UNDERTAKING_GATEWAY = "Gateway_UndertakingSigned";
    public static final String REVIEW_TASK = "UserTask_ReviewApplication";
    public static final String HAND_OVER_TASK = "ServiceTask_HandOverReview";

    public static final String ASSIGNMENT_ID = "reviewAssignmentId";
    public static final String EXPERT = "expert";
    public static final String STAGE = "reviewStage";
    public static final String DUE_AT = "reviewDueAt";
    public static final String REMINDER_AT = "reviewReminderAt";
    public static final String RUBRIC_TEXT = "rubricText";
    // the expert's form
    public static final String RECUSE = "recuse";
    public static final String RECUSAL_REASON = "recusalReason";
    public static final String SCORE_1 = "score1";
    public static final String SCORE_2 = "score2";
    public static final String SCORE_3 = "score3";
    public static final String COMMENT = "reviewComment";

    // the campaign's review stages
    public static final String COMMITTEE_PROPOSAL = "committeeProposal";
    public static final String COMMITTEE_CHAIR = "committeeChair";
    public static final String COMMITTEE_VICE_CHAIR = "committeeViceChair";
    /** The experts who may chair (Art. 13), as the committee form's options; each group's keys: {@link GroupTemplate}. */
    public static final String CHAIR_OPTIONS = "chairOptions";
    public static final String EXPERTS_PER_APPLICATION = "expertsPerApplication";
    public static final String AGGREGATION_POLICY = "aggregationPolicy";
    public static final String CRITERION_WEIGHTS = "criterionWeights";
    public static final String MAX_SCORE = "maxScore";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String REMINDER_DAYS = "reminderDays";
    public static final String RANKING = "ranking";
    public static final String SELECTION_OPTIONS = "selectionOptions";
    public static final String SELECTED = "selected";
    public static final String RATIONALE = "rationale";
    public static final String DEFENSE_DATE = "defenseDate";
    public static final String DEFENSE_PLACE = "defensePlace";
    public static final String DEFENSE_DUE_DATE = "defenseDueDate";
    public static final String SITE_VERIFICATIONS = "siteVerifications";
    public static final String PRELIMINARY_LIST = "preliminaryList";
    public static final String MINISTRY_COMMENTS = "ministryComments";
    public static final String MINISTRY_COMMENTS_TEXT = "ministryCommentsText";
    public static final String COMMENT_HANDLING = "commentHandling";
    public static final String SITE_VERIFICATION_FINDING = "siteVerificationFinding";

    // messages to the campaign and to the cases
    /** Only campaigns whose review stage opened on a version before the called group review wait for these two. */
    public static final String MATERIAL_DELIBERATIONS_DONE = "MaterialDeliberationsDone";
    public static final String DEFENSE_DELIBERATIONS_DONE = "DefenseDeliberationsDone";
    public static final String MATERIAL_REVIEW_DECIDED = "MaterialReviewDecided";
    public static final String DEFENSE_REVIEW_DECIDED = "DefenseReviewDecided";
    public static final String SITE_VERIFICATION_ORDERED = "SiteVerificationOrdered";
    public static final String SHORTLISTED = "shortlisted";
    public static final String ON_PRELIMINARY_LIST = "onPreliminaryList";

    // element ids and messages Java needs (ModelNamesTest)
    public static final String USER_TASK_SIGN_UNDERTAKING = "UserTask_SignUndertaking";

    private ReviewProcess() {
    }
}
