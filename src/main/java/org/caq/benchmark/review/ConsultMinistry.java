package org.caq.benchmark.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.procedure.PerApplicationLines;
import org.springframework.stereotype.Component;

/**
 * The preliminary list (初评名单) goes to the ministry for comments (Art. 20); comments and their handling are
 * typed one per line as {@code 申报编号：意见}, and must name applications on the list.
 */
@Component
class ConsultMinistry {

    private final Applications applications;

    ConsultMinistry(Applications applications) {
        this.applications = applications;
    }

    List<Applications.Case> preliminaryList(String campaign) {
        return applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == ApplicationStatus.ON_PRELIMINARY_LIST).toList();
    }

    String describe(List<Applications.Case> list) {
        if (list.isEmpty()) {
            return "初评名单为空。";
        }
        return list.stream().map(c -> c.number() + " " + c.application().benchmarkName() + "（" + c.application().enterpriseName() + "）")
                .collect(Collectors.joining("\n\n"));
    }

    /** Application number → text, each on the list. */
    Map<String, String> perApplication(List<String> lines, String campaign, String label) {
        Set<String> listed = preliminaryList(campaign).stream().map(Applications.Case::number).collect(Collectors.toSet());
        return PerApplicationLines.parse(lines, listed, label, "本活动的初评名单");
    }
}
