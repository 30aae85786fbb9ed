package org.caq.benchmark.model;

import java.util.List;

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
    public static final List<String> APPROVAL_CHOICES = List.of(APPROVE, "批准", RETURN, "退回");
    // publish-announcement form
    public static final String DOCUMENT_NUMBER = "announcementDocumentNumber";
    public static final String PUBLISHED_ON = "announcementDate";
    /** A checklist of {@code PublicationChannel.ANNOUNCEMENT}; the note names the media and other channels ticked. */
    public static final String CHANNELS = "announcementChannels";
    public static final String CHANNEL_NOTE = "announcementChannelNote";

    private AnnouncementProcess() {
    }
}
