package org.caq.benchmark.recommendation;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.title.Titles;
import org.springframework.stereotype.Component;

/** What {@code benchmark-nomination} routes on, read from the nomination's record by its number (the business key). */
@Component("nominationCases")
public class NominationCases {

    private final Nominations nominations;
    private final Titles titles;

    NominationCases(Nominations nominations, Titles titles) {
        this.nominations = nominations;
        this.titles = titles;
    }

    public Nominations.Nomination of(DelegateExecution execution) {
        String number = CaseRecords.own(execution, "全国推荐", (key, instance) -> nominations.processOf(key));
        return nominations.find(number).orElseThrow();
    }

    /** The national recommending unit that chooses: its own group. */
    public String unitGroupOf(DelegateExecution execution) {
        return RecommendingUnit.groupOf(of(execution).unitCode());
    }

    /** The province chooses by the day it set (seed 004: 6月26日前). */
    public Date chooseByAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).chooseBy());
    }

    /** The chosen enterprises apply by the day the unit set, within the national window (seed 004: 7月5日前). */
    public Date applyByAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).applyBy());
    }

    /** The titles nominated: one application task each. */
    public List<String> titlesOf(DelegateExecution execution) {
        return nominations.titlesOf(of(execution).number());
    }

    /** The account of the title's holder, who applies from the nomination. */
    public String holderOf(String titleNumber) {
        return titles.find(titleNumber).orElseThrow().holderUser();
    }
}
