package org.caq.benchmark.application;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.campaign.ApplicationNumbers;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.Violations;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.caq.benchmark.recommendingunit.UnitRegions;
import org.springframework.stereotype.Component;

/**
 * Accepts a new application into the campaign whose window is open for its recommending unit's directory,
 * numbers it ({@code 2026-national-0007}) and records it, as the enterprise the applicant's account is bound to.
 * Outside the window, from an unbound account or for another enterprise the start is refused.
 */
@Component
class RegisterApplicationDelegate implements JavaDelegate {

    private final Applications applications;
    private final Campaigns campaigns;
    private final RecommendingUnits units;
    private final ApplicantEnterprise enterprise;
    private final UnitRegions regions;
    private final ApplicationNumbers numbers;

    RegisterApplicationDelegate(Applications applications, Campaigns campaigns, RecommendingUnits units,
            ApplicantEnterprise enterprise, UnitRegions regions, ApplicationNumbers numbers) {
        this.regions = regions;
        this.numbers = numbers;
        this.applications = applications;
        this.campaigns = campaigns;
        this.units = units;
        this.enterprise = enterprise;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicant = applicant(execution);
        // applying as another enterprise is refused on its own: the other rules would be read against the wrong one
        Map<String, Object> form = enterprise.applyTo(applicant, execution.getVariables());
        Violations violations = new Violations();
        String unitCode = violations.read(() -> ApplicationForm.recommendingUnit(form));
        RecommendingUnit unit = unitCode == null ? null : units.find(unitCode).orElse(null);
        if (unitCode != null && unit == null) {
            violations.add("推荐单位无效（当前值：" + unitCode + "）：请从推荐单位名录中选择。");
        }
        Campaign campaign = unit == null ? null : campaigns.openIn(unit.directory()).orElse(null);
        if (unit != null && campaign == null) {
            violations.add(windowClosed(unit));
        }
        // the profit years follow the campaign applied to; without one, the year it would be
        int year = campaign != null ? campaign.year() : unit == null ? BeijingTime.today().getYear()
                : campaigns.latestIn(unit.directory()).map(Campaign::year).orElse(BeijingTime.today().getYear());
        Application application = ApplicationForm.parse(form, year, violations);
        if (unit != null) {
            ApplicationForm.requireUnitConditions(unit, form, violations);
        }
        if (unit != null && application != null) {
            requireOwnRegion(unit, application, violations);
        }
        violations.throwIfAny();
        String number = "%s-%04d".formatted(campaign.number(), numbers.next(campaign.number()));
        applications.insert(number, campaign.number(), applicant, application, execution.getProcessInstanceId());

        // the unit's decision is the unit's to send (seed 001 §1(2)4): a start cannot bring one along
        execution.removeVariable(ApplicationProcess.RECOMMENDATION_DECISION);
        execution.removeVariable(ApplicationProcess.RECOMMENDATION_COMMENT);
        execution.setProcessBusinessKey(number);
        execution.setVariable(ApplicationProcess.APPLICATION_NUMBER, number);
        execution.setVariable(ApplicationProcess.CAMPAIGN_NUMBER, campaign.number());
        execution.setVariable(ApplicationProcess.APPLICANT, applicant);
        execution.setVariable(ApplicationProcess.RECOMMENDING_UNIT_NAME, unit.name());
        execution.setVariable(ApplicationProcess.CREDIT_CODE, application.creditCode());
        execution.setVariable(ApplicationProcess.ENTERPRISE_NAME, application.enterpriseName());
    }

    /**
     * The applicant is the user who starts the case. A start variable cannot name someone else: the engine writes
     * the initiator first and start variables after, so it is taken from the authentication when there is one.
     */
    private static String applicant(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null) {
            return authentication.getUserId();
        }
        Object initiator = execution.getVariable(ApplicationProcess.APPLICANT);
        if (initiator == null) {
            throw new IllegalStateException("An application is started by its applicant");
        }
        return initiator.toString();
    }

    /**
     * Art. 17: a regional unit reviews the applicants of its region; the credit code says where the enterprise is
     * registered. A national industry association recommends by industry, wherever its members are.
     */
    private void requireOwnRegion(RecommendingUnit unit, Application application, Violations violations) {
        String region = CreditCode.regionCode(application.creditCode());
        if (!regions.covers(unit.code(), region)) {
            violations.add("推荐单位须为企业所在地区的工业和信息化主管部门或本行业的全国性行业协会（《全国质量标杆遴选管理办法》"
                    + "第十七条）：统一社会信用代码显示企业登记在行政区划 " + region + "，不在" + unit.name()
                    + "的推荐范围内；请选择登记地的主管部门，或所在行业的行业协会。");
        }
    }

    /**
     * Why the unit's selection takes no application now, with the dates that are true today: not yet open (from when
     * to when), or closed (on the day it closed, which may be before the date first announced).
     */
    private String windowClosed(RecommendingUnit unit) {
        String level = RecommendingUnit.NATIONAL.equals(unit.directory()) ? "全国" : "本省";
        return campaigns.latestIn(unit.directory()).map(campaign -> {
            String name = campaign.year() + "年" + level + "质量标杆遴选（" + campaign.organiser() + "）";
            if (campaigns.status(campaign.number()).orElseThrow() == CampaignStatus.REGISTERED) {
                return name + "的申报将于 " + campaign.applicationOpens() + " 开始、" + campaign.applicationCloses()
                        + " 截止，目前尚未开始，不能提交申报。";
            }
            return campaigns.applicationClosedOn(campaign.number())
                    .map(closed -> name + "的申报已于 " + closed + " 截止，不能再提交申报。")
                    .orElse(name + "的申报已截止，不能再提交申报。");
        }).orElse("目前没有开放申报的" + level + "质量标杆遴选活动，不能提交申报。");
    }
}
