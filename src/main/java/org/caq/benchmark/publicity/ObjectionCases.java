package org.caq.benchmark.publicity;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.review.Committees;
import org.springframework.stereotype.Component;

/** What {@code benchmark-objection} routes on, read from the objection's record by its number (the business key). */
@Component("objectionCases")
public class ObjectionCases {

    private final Objections objections;
    private final Campaigns campaigns;
    private final Publicities publicities;
    private final Committees committees;

    ObjectionCases(Objections objections, Campaigns campaigns, Publicities publicities, Committees committees) {
        this.objections = objections;
        this.campaigns = campaigns;
        this.publicities = publicities;
        this.committees = committees;
    }

    /** The objection's number (the business key), once its record is known to be this case's own. */
    public String numberOf(DelegateExecution execution) {
        return CaseRecords.own(execution, "异议", objections::claim);
    }

    public Objection of(DelegateExecution execution) {
        String number = numberOf(execution);
        return objections.find(number).orElseThrow(() -> new IllegalStateException("No objection row for " + number));
    }

    public String officeGroupOf(DelegateExecution execution) {
        return campaigns.find(of(execution).campaignNumber()).orElseThrow().officeGroup();
    }

    /** The committee decides (Art. 21), through its chair (Art. 13), who puts the objection before it. */
    public String chairOf(DelegateExecution execution) {
        return committees.chairUserOf(of(execution).campaignNumber());
    }

    /** Handling should finish within the publicity period, whose end it otherwise holds up. */
    public Date dueAt(DelegateExecution execution) {
        return BeijingTime.endOf(publicities.find(of(execution).campaignNumber()).orElseThrow().endsOn());
    }

    public boolean upheld(DelegateExecution execution) {
        return of(execution).status() == Objection.Status.UPHELD;
    }
}
