package org.caq.benchmark.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.title.BenchmarkTitle;
import org.caq.benchmark.title.Titles;
import org.springframework.stereotype.Component;

/**
 * Carries the provincial application's form over to the nominated holder's national application: as the holder's
 * task starts, the form values of the application that won the provincial title (as last revised) become the task's
 * own values, so the holder only checks and updates them; the recommending unit is the nominating one.
 */
@Component
class NominationPrefillListener implements ExecutionListener {

    /** The fields of the application form (forms/application-start.form) that are carried over. */
    static final List<String> FORM_FIELDS = List.of(ApplicationProcess.ENTERPRISE_NAME,
            ApplicationProcess.ENTERPRISE_SHORT_NAME, ApplicationProcess.CREDIT_CODE, ApplicationProcess.BENCHMARK_NAME,
            ApplicationProcess.SELECTION_CATEGORY, ApplicationProcess.SME, ApplicationProcess.INDUSTRY,
            ApplicationProcess.REGION, ApplicationProcess.LEGAL_REPRESENTATIVE, ApplicationProcess.ENTERPRISE_NATURE,
            ApplicationProcess.FOUNDED_YEAR, ApplicationProcess.INDUSTRY_CODE, ApplicationProcess.METHOD_SINCE_YEAR,
            ApplicationProcess.ABSTRACT, ApplicationProcess.ENTERPRISE_PROFILE, ApplicationProcess.METHOD_APPLICATION,
            ApplicationProcess.EFFECTS, ApplicationProcess.PROFIT_YEAR_1, ApplicationProcess.PROFIT_YEAR_2,
            ApplicationProcess.PROFIT_YEAR_3, ApplicationProcess.INDEPENDENT_LEGAL_PERSON,
            ApplicationProcess.NO_BAD_RECORDS, ApplicationProcess.METHOD_MATURE, ApplicationProcess.COMMITS_TO_SHARE,
            ApplicationProcess.CONTACT_NAME, ApplicationProcess.CONTACT_PHONE);

    private final NominationCases cases;
    private final Titles titles;
    private final Applications applications;
    private final HistoryService history;

    NominationPrefillListener(NominationCases cases, Titles titles, Applications applications, HistoryService history) {
        this.cases = cases;
        this.titles = titles;
        this.applications = applications;
        this.history = history;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Nominations.Nomination nomination = cases.of(execution);
        String titleNumber = (String) execution.getVariable(NominationProcess.TITLE);
        BenchmarkTitle title = titles.find(titleNumber).orElseThrow();
        String provincial = applications.processInstanceOf(title.applicationNumber()).orElseThrow();
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(provincial)
                .variableNameIn(FORM_FIELDS.toArray(String[]::new)).list()) {
            if (provincial.equals(variable.getExecutionId()) && variable.getValue() != null) {
                values.put(variable.getName(), variable.getValue());
            }
        }
        values.put(ApplicationProcess.RECOMMENDING_UNIT, nomination.unitCode());
        execution.setVariablesLocal(values);
    }
}
