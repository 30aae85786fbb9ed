package org.caq.benchmark.application;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.Violations;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/**
 * Takes a revised or supplemented application: the same rules as at submission; the unit and the enterprise cannot
 * change. A revision for the unit (修改申报) changes the online form only: the materials come after the unit's
 * recommendation (seed 001 §1(2)4); a supplement after form review needs them complete again.
 */
@Component
class UpdateApplicationDelegate implements JavaDelegate {

    private final Applications applications;
    private final RecommendingUnits units;
    private final Campaigns campaigns;
    private final RequiredMaterials materials;
    private final ApplicationCases cases;
    private final ApplicantEnterprise enterprise;

    UpdateApplicationDelegate(Applications applications, Campaigns campaigns, RequiredMaterials materials, ApplicationCases cases,
            ApplicantEnterprise enterprise, RecommendingUnits units) {
        this.units = units;
        this.applications = applications;
        this.campaigns = campaigns;
        this.materials = materials;
        this.cases = cases;
        this.enterprise = enterprise;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Applications.Case current = applications.lock(cases.numberOf(execution))
                .orElseThrow(() -> new IllegalStateException("Case without its application row"));
        Campaign campaign = campaigns.find(current.campaignNumber()).orElseThrow();
        Map<String, Object> form = enterprise.applyTo(current.applicantUser(), execution.getVariables());
        Violations violations = new Violations();
        Application revised = ApplicationForm.parse(form, campaign.year(), violations);
        units.find(current.recommendingUnit()).ifPresent(unit -> ApplicationForm.requireUnitConditions(unit, form, violations));
        if (revised != null && !revised.recommendingUnit().equals(current.recommendingUnit())) {
            violations.add("推荐单位在提交后不能更改（原推荐单位代码：" + current.recommendingUnit() + "）。");
        }
        if (!forTheUnit(execution)) {
            violations.check(() -> materials.requireComplete(current.number()));
        }
        violations.throwIfAny();
        applications.update(current.number(), revised);
        if (forTheUnit(execution)) {
            // the unit decides anew on the revised form; a decision left in the case (its own earlier 退回修改, or
            // one the applicant sent with the revision) must not be read as the unit's
            execution.removeVariable(ApplicationProcess.RECOMMENDATION_DECISION);
            execution.removeVariable(ApplicationProcess.RECOMMENDATION_COMMENT);
        }
        execution.setVariable(ApplicationProcess.CREDIT_CODE, revised.creditCode());
        execution.setVariable(ApplicationProcess.ENTERPRISE_NAME, revised.enterpriseName());
    }

    /**
     * A revision the unit asked for, in today's order: 更新申报 outside the unit's sub-process. In a version before
     * decision 0056 it lay inside it, after the materials, which were then required again.
     */
    private static boolean forTheUnit(DelegateExecution execution) {
        return ApplicationProcess.SERVICE_TASK_UPDATE_APPLICATION.equals(execution.getCurrentActivityId())
                && !(execution.getBpmnModelElementInstance().getParentElement() instanceof SubProcess);
    }
}
