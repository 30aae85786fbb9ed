package org.caq.benchmark.announcement;

import java.time.LocalDate;
import org.caq.benchmark.publicity.PublicationChannels;

/** The approval of a campaign's results and, once published, the announcement's document. */
public record Announcement(String campaignNumber, String approvedBy, String approvalReference, String documentNumber,
        String title, LocalDate publishedOn, PublicationChannels channels) {

    public boolean published() {
        return publishedOn != null;
    }
}
