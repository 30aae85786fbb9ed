package org.caq.benchmark.application;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.springframework.stereotype.Component;

/**
 * What the {@code benchmark-application} model needs to know of its case, read from the case's own record by its
 * business key. Never from process variables: whoever completes a task may set any variable, so assignees,
 * candidate groups and deadlines must not follow them.
 */
@Component("applicationCases")
public class ApplicationCases {

    private final Applications applications;
    private final Campaigns campaigns;

    ApplicationCases(Applications applications, Campaigns campaigns) {
        this.applications = applications;
        this.campaigns = campaigns;
    }

    /** The application's number (the business key), once its record is known to be this case's own. */
    public String numberOf(DelegateExecution execution) {
        return CaseRecords.own(execution, "申报", (number, instance) -> applications.processOf(number));
    }

    public Applications.Case of(DelegateExecution execution) {
        String number = numberOf(execution);
        return applications.find(number)
                .orElseThrow(() -> new IllegalStateException("No application row for case " + number));
    }

    /** The applicant's user: assignee of the applicant's tasks. */
    public String applicantOf(DelegateExecution execution) {
        return of(execution).applicantUser();
    }

    /** The recommending unit's group: candidates for the recommendation. */
    public String unitGroupOf(DelegateExecution execution) {
        return RecommendingUnit.groupOf(of(execution).recommendingUnit());
    }

    /** The office that runs the case's campaign: the national office, or the province's own. */
    public String officeGroupOf(DelegateExecution execution) {
        return campaign(execution).officeGroup();
    }

    /** The materials' deadline in versions before decision 0056 (materials first); cases may still run on them. */
    public Date applicationClosesAt(DelegateExecution execution) {
        return BeijingTime.endOf(campaign(execution).applicationCloses());
    }

    public Date recommendationDeadlineAt(DelegateExecution execution) {
        return BeijingTime.endOf(campaign(execution).recommendationDeadline());
    }

    /**
     * When the materials are due. They follow the unit's recommendation (seed 001 §1(2)4), which may come on the last
     * day the unit has, so they are due by the same deadline: at the recommendation deadline every case of the campaign
     * has reached form review or ended.
     */
    public Date materialsDueAt(DelegateExecution execution) {
        return recommendationDeadlineAt(execution);
    }

    private Campaign campaign(DelegateExecution execution) {
        return campaigns.find(of(execution).campaignNumber()).orElseThrow();
    }

}
