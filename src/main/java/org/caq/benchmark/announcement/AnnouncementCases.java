package org.caq.benchmark.announcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.CampaignCases;
import org.springframework.stereotype.Component;

/** What the announcement stage routes on, from the records. */
@Component("announcementCases")
public class AnnouncementCases {

    private final Announcements announcements;
    private final CampaignCases cases;

    AnnouncementCases(Announcements announcements, CampaignCases cases) {
        this.announcements = announcements;
        this.cases = cases;
    }

    /** Approved once the approval is on record. */
    public boolean approved(DelegateExecution execution) {
        return announcements.find(cases.numberOf(execution)).isPresent();
    }
}
