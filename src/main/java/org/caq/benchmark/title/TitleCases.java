package org.caq.benchmark.title;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.review.Committees;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What {@code benchmark-title} and {@code benchmark-revocation} route on, read from the registry: the holder, the
 * office that manages the title, the committee's chair who puts a revocation before the committee.
 */
@Component("titleCases")
public class TitleCases {

    private final Titles titles;
    private final Revocations revocations;
    private final Campaigns campaigns;
    private final Committees committees;
    private final int videoDays;

    TitleCases(Titles titles, Revocations revocations, Campaigns campaigns, Committees committees,
            @Value("${benchmark.titles.video-due-days:60}") int videoDays) {
        this.titles = titles;
        this.revocations = revocations;
        this.campaigns = campaigns;
        this.committees = committees;
        this.videoDays = videoDays;
    }

    /** The title of a management case (business key: the title's number) or of a revocation case. */
    public BenchmarkTitle of(DelegateExecution execution) {
        String number = revocationOf(execution).map(Revocation::titleNumber)
                .orElseGet(() -> CaseRecords.own(execution, "质量标杆称号", titles::claim));
        return titles.find(number).orElseThrow(() -> new IllegalStateException("No title " + number));
    }

    /** The revocation case's record, once known to be this case's own; nothing for a title's management case. */
    public Optional<Revocation> revocationOf(DelegateExecution execution) {
        if (!TitleProcess.REVOCATION_KEY.equals(processKey(execution))) {
            return Optional.empty();
        }
        String number = CaseRecords.own(execution, "撤销称号案件", (key, instance) -> revocations.processOf(key));
        return Optional.of(revocations.find(number).orElseThrow());
    }

    public String holderOf(DelegateExecution execution) {
        return of(execution).holderUser();
    }

    public String officeGroupOf(DelegateExecution execution) {
        return campaigns.find(of(execution).campaignNumber()).orElseThrow().officeGroup();
    }

    public Date videoDueAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).awardedOn().plusDays(videoDays));
    }

    /** The chair of the committee that selected the title puts a revocation before it (Art. 13, 24). */
    public String chairOf(DelegateExecution execution) {
        return committees.chairUserOf(of(execution).campaignNumber());
    }

    public boolean revoked(DelegateExecution execution) {
        return revocationOf(execution).orElseThrow().revoked();
    }

    private static String processKey(DelegateExecution execution) {
        return execution.getProcessDefinitionId().substring(0, execution.getProcessDefinitionId().indexOf(':'));
    }
}
