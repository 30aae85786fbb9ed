package org.caq.benchmark.announcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the announcement stage routes on, from the records. */
@Component("announcementCases")
public class AnnouncementCases {

    private final Announcements announcements;

    AnnouncementCases(Announcements announcements) {
        this.announcements = announcements;
    }

    /** Approved once the approval is on record. */
    public boolean approved(DelegateExecution execution) {
        return announcements.find(execution.getProcessBusinessKey()).isPresent();
    }
}
