package org.caq.benchmark.publicity;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.review.Committees;
import org.caq.benchmark.review.Experts;
import org.springframework.stereotype.Component;

/** What {@code benchmark-objection} routes on, read from the objection's record by its number (the business key). */
@Component("objectionCases")
public class ObjectionCases {

    private final Objections objections;
    private final Campaigns campaigns;
    private final Publicities publicities;
    private final Committees committees;
    private final Experts experts;

    ObjectionCases(Objections objections, Campaigns campaigns, Publicities publicities, Committees committees, Experts experts) {
        this.objections = objections;
        this.campaigns = campaigns;
        this.publicities = publicities;
        this.committees = committees;
        this.experts = experts;
    }

    public Objection of(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        return objections.find(number).orElseThrow(() -> new IllegalStateException("No objection row for " + number));
    }

    public String officeGroupOf(DelegateExecution execution) {
        return campaigns.find(of(execution).campaignNumber()).orElseThrow().officeGroup();
    }

    /** The committee decides (Art. 21), through its chair (Art. 13), who puts the objection before it. */
    public String chairOf(DelegateExecution execution) {
        String campaign = of(execution).campaignNumber();
        String chair = committees.find(campaign).orElseThrow(() -> new IllegalStateException("No committee for " + campaign)).chair();
        return experts.find(chair).orElseThrow().userId();
    }

    /** Handling should finish within the publicity period, whose end it otherwise holds up. */
    public Date dueAt(DelegateExecution execution) {
        return BeijingTime.endOf(publicities.find(of(execution).campaignNumber()).orElseThrow().endsOn());
    }

    public boolean upheld(DelegateExecution execution) {
        return of(execution).status() == Objection.Status.UPHELD;
    }
}
