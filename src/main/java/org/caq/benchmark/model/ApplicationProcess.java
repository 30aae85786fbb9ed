package org.caq.benchmark.model;

import java.util.List;

/** Names the {@code benchmark-application} process shares with its forms and with Java. */
public final class ApplicationProcess {

    public static final String KEY = "benchmark-application";

    /** The user who started the case (the enterprise's account); its tasks are assigned to them. */
    public static final String APPLICANT = "applicant";

    // the application form (DOMAIN.md, "The application material"; seed 001 annex 3)
    public static final String BENCHMARK_NAME = "benchmarkName";
    public static final String ENTERPRISE_NAME = "enterpriseName";
    public static final String ENTERPRISE_SHORT_NAME = "enterpriseShortName";
    public static final String CREDIT_CODE = "creditCode";
    public static final String ABSTRACT = "abstractText";
    public static final String ENTERPRISE_PROFILE = "enterpriseProfile";
    public static final String METHOD_APPLICATION = "methodApplication";
    public static final String EFFECTS = "effects";
    public static final String SELECTION_CATEGORY = "selectionCategory";
    public static final String SME = "sme";
    public static final String INDUSTRY = "industry";
    public static final String REGION = "region";
    // the enterprise profile's facts (seed 001 annex 3 §1(1)3)
    public static final String LEGAL_REPRESENTATIVE = "legalRepresentative";
    public static final String ENTERPRISE_NATURE = "enterpriseNature";
    public static final String FOUNDED_YEAR = "foundedYear";
    public static final String INDUSTRY_CODE = "industryCode";
    /** Art. 9(2): the method is maturely applied, clearly improves quality and results, stands out in region and industry. */
    public static final String METHOD_MATURE = "methodMature";
    /** The enterprise natures the form offers, as value, name, value, name… */
    public static final List<String> ENTERPRISE_NATURES = List.of("STATE", "国有及国有控股企业", "COLLECTIVE", "集体企业",
            "PRIVATE", "民营企业", "FOREIGN", "外商投资及港澳台投资企业", "OTHER", "其他");
    public static final String RECOMMENDING_UNIT = "recommendingUnit";
    /** The unit option that names a unit of a province the administrator added, by its code (Measures Art. 7). */
    public static final String OTHER_UNIT = "other";
    public static final String OTHER_RECOMMENDING_UNIT = "otherRecommendingUnit";
    public static final String METHOD_SINCE_YEAR = "methodSinceYear";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String INDEPENDENT_LEGAL_PERSON = "independentLegalPerson";
    public static final String NO_BAD_RECORDS = "noBadRecords";
    public static final String COMMITS_TO_SHARE = "commitsToShare";
    /** Jiangsu's own condition (002 §四(二)1), asked of applications to Jiangsu's selection only. */
    public static final String JIANGSU_QUALITY_RECORD = "jiangsuQualityRecord";
    /** Why an enterprise may submit directly to Shandong's department (004 §一(三)2), as value, name… */
    public static final String DIRECT_SUBMISSION_BASIS = "directSubmissionBasis";
    public static final List<String> DIRECT_SUBMISSION_BASES = List.of("central-in-shandong", "中央企业驻鲁企业",
            "provincial-state-owned", "山东省属企业");
    /** Net profit in 10,000 yuan of the three years before the campaign year, oldest first. */
    public static final String PROFIT_YEAR_1 = "profitYear1";
    public static final String PROFIT_YEAR_2 = "profitYear2";
    public static final String PROFIT_YEAR_3 = "profitYear3";

    // set by the process
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String CAMPAIGN_NUMBER = "campaignNumber";
    public static final String RECOMMENDING_UNIT_NAME = "recommendingUnitName";

    // preferential recommendation
    public static final String RECOMMENDATION_DECISION = "recommendationDecision";
    public static final String RECOMMENDATION_COMMENT = "recommendationComment";
    public static final String REMAINING_QUOTA = "remainingQuota";
    /** Task-local: what later stages note about the applicant, e.g. a provincial title preferred by its notice. */
    public static final String APPLICATION_NOTES = "applicationNotes";
    public static final String RECOMMEND = "recommend";
    public static final String RETURN = "return";
    public static final String DECLINE = "decline";
    /** The unit's decisions as value, name, value, name… (checked on submit, named in the audit trail). */
    public static final List<String> RECOMMENDATION_CHOICES = List.of(RECOMMEND, "推荐", RETURN, "退回修改", DECLINE, "不予推荐");

    // form review
    public static final String ELIGIBILITY_FINDINGS = "eligibilityFindings";
    public static final String FORM_REVIEW_DECISION = "formReviewDecision";
    public static final String FORM_REVIEW_REASON = "formReviewReason";
    public static final String SUPPLEMENT_DUE_DATE = "supplementDueDate";
    public static final String SUPPLEMENT_DUE_AT = "supplementDueAt";
    public static final String PASS = "pass";
    public static final String SUPPLEMENT = "supplement";
    public static final String FAIL = "fail";
    public static final List<String> FORM_REVIEW_CHOICES = List.of(PASS, "通过", SUPPLEMENT, "要求补正", FAIL, "不通过");

    // messages
    /** Starts a national application from a nomination: thrown by the nomination for the holder (decision 0083). */
    public static final String APPLIED_FROM_NOMINATION = "AppliedFromNomination";
    public static final String MATERIAL_REVIEW_OPENED = "MaterialReviewOpened";
    /** Once on the preliminary list the case waits for one of these (publicity, final list, announcement). */
    public static final String RESULT_ANNOUNCED = "ResultAnnounced";
    public static final String OBJECTION_UPHELD = "ObjectionUpheld";
    public static final String LEFT_OFF_FINAL_LIST = "LeftOffFinalList";
    /** Why the office left the application off the final list, shown to the applicant. */
    public static final String FINAL_LIST_NOTE = "finalListNote";

    // element ids and messages Java needs (ModelNamesTest)
    public static final String END_EVENT_AWARDED = "EndEvent_Awarded";
    public static final String END_EVENT_FORM_REVIEW_FAILED = "EndEvent_FormReviewFailed";
    public static final String END_EVENT_NOT_IN_FINAL_LIST = "EndEvent_NotInFinalList";
    public static final String END_EVENT_NOT_RECOMMENDED = "EndEvent_NotRecommended";
    public static final String END_EVENT_NOT_RECOMMENDED_IN_TIME = "EndEvent_NotRecommendedInTime";
    public static final String END_EVENT_NOT_SHORTLISTED = "EndEvent_NotShortlisted";
    public static final String END_EVENT_NOT_SUBMITTED_IN_TIME = "EndEvent_NotSubmittedInTime";
    public static final String END_EVENT_REMOVED_AFTER_OBJECTION = "EndEvent_RemovedAfterObjection";
    public static final String END_EVENT_REMOVED_AT_DEFENSE = "EndEvent_RemovedAtDefense";
    public static final String END_EVENT_SUPPLEMENT_OVERDUE = "EndEvent_SupplementOverdue";
    public static final String EVENT_DEFENSE_REVIEW_DECIDED = "Event_DefenseReviewDecided";
    public static final String EVENT_MATERIAL_REVIEW_DECIDED = "Event_MaterialReviewDecided";
    public static final String EVENT_MATERIAL_REVIEW_OPENED = "Event_MaterialReviewOpened";
    /** The unit's part (择优推荐): its task, the recording of its decision and the recommendation deadline's timer. */
    public static final String SUB_PROCESS_RECOMMENDATION = "SubProcess_Recommendation";
    public static final String GATEWAY_LIST_OUTCOME = "Gateway_ListOutcome";
    public static final String SERVICE_TASK_SUBMIT_APPLICATION = "ServiceTask_SubmitApplication";
    public static final String SERVICE_TASK_UPDATE_APPLICATION = "ServiceTask_UpdateApplication";
    public static final String SERVICE_TASK_UPDATE_SUPPLEMENTED_APPLICATION = "ServiceTask_UpdateSupplementedApplication";
    public static final String START_EVENT_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";
    public static final String USER_TASK_UPLOAD_MATERIALS = "UserTask_UploadMaterials";
    /** The materials task of versions before decision 0056 (materials before the unit); their cases may still run. */
    public static final String USER_TASK_ATTACH_MATERIALS_BEFORE_0056 = "UserTask_AttachMaterials";
    public static final String USER_TASK_RECOMMEND_APPLICATION = "UserTask_RecommendApplication";
    public static final String USER_TASK_REVIEW_FORM = "UserTask_ReviewForm";
    public static final String USER_TASK_REVISE_APPLICATION = "UserTask_ReviseApplication";
    public static final String USER_TASK_SUPPLEMENT_APPLICATION = "UserTask_SupplementApplication";

    private ApplicationProcess() {
    }
}
