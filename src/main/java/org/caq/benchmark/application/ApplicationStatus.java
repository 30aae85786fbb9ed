package org.caq.benchmark.application;

import java.util.Arrays;
import java.util.Optional;
import org.caq.benchmark.model.ApplicationProcess;

/**
 * Where a case stands, as its applicant sees it. Each status belongs to the BPMN element that sets it (a user
 * task when it is created, an event when it is reached), and may carry the reason written by whoever decided.
 */
public enum ApplicationStatus {
    /** A case of a version before decision 0056, asked for its materials before its unit has seen it. */
    MATERIALS_BEFORE_RECOMMENDATION(ApplicationProcess.USER_TASK_ATTACH_MATERIALS_BEFORE_0056, "待上传申报材料", null, false),
    AWAITING_RECOMMENDATION(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION, "待推荐单位推荐", null, false),
    RETURNED_FOR_REVISION(ApplicationProcess.USER_TASK_REVISE_APPLICATION, "已退回修改", ApplicationProcess.RECOMMENDATION_COMMENT, false),
    MATERIALS_PENDING(ApplicationProcess.USER_TASK_UPLOAD_MATERIALS, "已获推荐，待上传申报材料", null, false),
    IN_FORM_REVIEW(ApplicationProcess.USER_TASK_REVIEW_FORM, "形式审查中", null, false),
    SUPPLEMENT_REQUESTED(ApplicationProcess.USER_TASK_SUPPLEMENT_APPLICATION, "待补正", ApplicationProcess.FORM_REVIEW_REASON, false),
    AWAITING_MATERIAL_REVIEW(ApplicationProcess.EVENT_MATERIAL_REVIEW_OPENED, "形式审查通过，待资料评审", null, false),
    IN_MATERIAL_REVIEW(ApplicationProcess.EVENT_MATERIAL_REVIEW_DECIDED, "资料评审中", null, false),
    IN_DEFENSE_REVIEW(ApplicationProcess.EVENT_DEFENSE_REVIEW_DECIDED, "入围答辩评审", null, false),
    ON_PRELIMINARY_LIST(ApplicationProcess.GATEWAY_LIST_OUTCOME, "列入初评名单（公示及结果公告）", null, false),
    AWARDED(ApplicationProcess.END_EVENT_AWARDED, "获评质量标杆", null, true),
    REMOVED_AFTER_OBJECTION(ApplicationProcess.END_EVENT_REMOVED_AFTER_OBJECTION, "公示期间异议经调查核实并经评审委员会审议成立，撤出名单", null, true),
    NOT_IN_FINAL_LIST(ApplicationProcess.END_EVENT_NOT_IN_FINAL_LIST, "未列入遴选结果", ApplicationProcess.FINAL_LIST_NOTE, true),
    NOT_SHORTLISTED(ApplicationProcess.END_EVENT_NOT_SHORTLISTED, "资料评审未入围答辩", null, true),
    REMOVED_AT_DEFENSE(ApplicationProcess.END_EVENT_REMOVED_AT_DEFENSE, "答辩评审未列入初评名单", null, true),
    NOT_SUBMITTED_IN_TIME(ApplicationProcess.END_EVENT_NOT_SUBMITTED_IN_TIME, "获推荐后推荐截止前未提交申报材料，申报结束", null, true),
    NOT_RECOMMENDED(ApplicationProcess.END_EVENT_NOT_RECOMMENDED, "未获推荐", ApplicationProcess.RECOMMENDATION_COMMENT, true),
    NOT_RECOMMENDED_IN_TIME(ApplicationProcess.END_EVENT_NOT_RECOMMENDED_IN_TIME, "推荐截止前未获推荐，申报结束", null, true),
    FORM_REVIEW_FAILED(ApplicationProcess.END_EVENT_FORM_REVIEW_FAILED, "形式审查未通过", ApplicationProcess.FORM_REVIEW_REASON, true),
    SUPPLEMENT_OVERDUE(ApplicationProcess.END_EVENT_SUPPLEMENT_OVERDUE, "逾期未补正，申报结束", null, true);

    private final String elementId;
    private final String displayName;
    private final String reasonVariable;
    private final boolean outcome;

    ApplicationStatus(String elementId, String displayName, String reasonVariable, boolean outcome) {
        this.elementId = elementId;
        this.displayName = displayName;
        this.reasonVariable = reasonVariable;
        this.outcome = outcome;
    }

    public String displayName() {
        return displayName;
    }

    /** The model element a case waits at, or ends at, with this status. */
    public String elementId() {
        return elementId;
    }

    /** The variable holding the reason shown with this status, if it has one. */
    public Optional<String> reasonVariable() {
        return Optional.ofNullable(reasonVariable);
    }

    /** Whether the case has ended with this status. */
    public boolean isOutcome() {
        return outcome;
    }

    /**
     * Whether the recommending unit recommended the application: every status from the materials on (seed 001 §1(2)4,
     * the unit approves the online form before the materials are submitted), a case that then missed the deadline for
     * its materials included.
     */
    public boolean isRecommended() {
        return ordinal() >= MATERIALS_PENDING.ordinal() && this != NOT_RECOMMENDED && this != NOT_RECOMMENDED_IN_TIME;
    }

    /** Whether the applicant has handed in its materials (form review and every later status). */
    public boolean hasSubmittedMaterials() {
        return isRecommended() && this != MATERIALS_PENDING && this != NOT_SUBMITTED_IN_TIME;
    }

    /** Whether the unit's 推荐表 exists: while the unit decides (it seals it to recommend) and once it recommended. */
    public boolean hasRecommendationForm() {
        return this == AWAITING_RECOMMENDATION || isRecommended();
    }

    /**
     * Whether the applicant may change its materials now. While the unit reviews the online form it may prepare them
     * (the 推荐表 covers the form, not the files); it hands them in only with 上传申报材料, after the recommendation.
     */
    public boolean isEditable() {
        return this == AWAITING_RECOMMENDATION || this == RETURNED_FOR_REVISION || this == MATERIALS_PENDING
                || this == SUPPLEMENT_REQUESTED || this == MATERIALS_BEFORE_RECOMMENDATION;
    }

    public static Optional<ApplicationStatus> ofElement(String elementId) {
        return Arrays.stream(values()).filter(status -> status.elementId.equals(elementId)).findFirst();
    }
}
