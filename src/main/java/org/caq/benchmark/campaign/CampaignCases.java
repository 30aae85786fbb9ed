package org.caq.benchmark.campaign;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.springframework.stereotype.Component;

/**
 * What the {@code benchmark-campaign} model needs to know of its campaign, read from the campaign's record by the
 * business key rather than from variables anyone completing a task could set.
 */
@Component("campaignCases")
public class CampaignCases {

    private final Campaigns campaigns;
    private final LevelRules rules;

    CampaignCases(Campaigns campaigns, LevelRules rules) {
        this.campaigns = campaigns;
        this.rules = rules;
    }

    /** The campaign's number (the business key), once its record is known to be this case's own. */
    public String numberOf(DelegateExecution execution) {
        return CaseRecords.own(execution, "遴选活动", (number, instance) -> campaigns.processOf(number));
    }

    public Campaign of(DelegateExecution execution) {
        String number = numberOf(execution);
        return campaigns.find(number).orElseThrow(() -> new IllegalStateException("No campaign row for " + number));
    }

    public Date applicationOpensAt(DelegateExecution execution) {
        return BeijingTime.startOf(of(execution).applicationOpens());
    }

    public Date applicationClosesAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).applicationCloses());
    }

    public Date recommendationDeadlineAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).recommendationDeadline());
    }

    /** A national selection consults the ministry on its preliminary list; a province decides on its own. */
    public boolean isNational(DelegateExecution execution) {
        return of(execution).level() == CampaignLevel.NATIONAL;
    }

    /** Candidates for the campaign's office tasks. */
    public String officeGroupOf(DelegateExecution execution) {
        return of(execution).officeGroup();
    }

    /**
     * Candidates for approving the results: CAQ nationally (Art. 22); one level down whoever the province's notice
     * makes decide (Jiangsu: the department, while the quality association runs the selection; Shandong: the
     * department that runs it).
     */
    public String approverGroupOf(DelegateExecution execution) {
        return rules.of(of(execution).directory()).approverGroup();
    }

    /** Whether the list is publicised (Art. 21), as the office chose when it started the campaign. */
    public boolean withPublicity(DelegateExecution execution) {
        return campaigns.withPublicity(numberOf(execution));
    }
}
