package org.caq.benchmark.announcement;

/** Names the announcement stage of {@code benchmark-campaign} shares with its forms and with Java. */
public final class AnnouncementProcess {

    // final-list form
    public static final String FINAL_LIST_EXCLUSIONS = "finalListExclusions";
    /** The final list as the approver reads it. */
    public static final String FINAL_LIST = "finalList";
    // approve-results form
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_REFERENCE = "approvalReference";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    // publish-announcement form
    public static final String DOCUMENT_NUMBER = "announcementDocumentNumber";
    public static final String PUBLISHED_ON = "announcementDate";

    private AnnouncementProcess() {
    }
}
