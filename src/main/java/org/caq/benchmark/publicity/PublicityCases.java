package org.caq.benchmark.publicity;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.stereotype.Component;

/** What the campaign's publicity stage routes on, read from the records by the campaign's number. */
@Component("publicityCases")
public class PublicityCases {

    private final Publicities publicities;
    private final Objections objections;
    private final CampaignCases cases;

    PublicityCases(Publicities publicities, Objections objections, CampaignCases cases) {
        this.publicities = publicities;
        this.objections = objections;
        this.cases = cases;
    }

    /** The end of the period's last working day, Beijing time. */
    public Date endsAt(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        return BeijingTime.endOf(publicities.find(campaign)
                .orElseThrow(() -> new IllegalStateException("No publicity for " + campaign)).endsOn());
    }

    /** Publicity does not close while an objection is open (Art. 21). */
    public boolean objectionsSettled(DelegateExecution execution) {
        return objections.openCount(cases.numberOf(execution)) == 0;
    }
}
