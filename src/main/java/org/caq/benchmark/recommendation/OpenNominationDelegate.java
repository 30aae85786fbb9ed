package org.caq.benchmark.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.Violations;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.caq.benchmark.title.BenchmarkTitle;
import org.springframework.stereotype.Component;

/**
 * Opens a province's nomination to the national campaign that is open or about to open: only the province's own
 * national recommending unit (unit-jiangsu for Jiangsu's titles), once per campaign, with the day it chooses by and
 * the day the chosen enterprises apply by, both before the national window closes (seed 004: 6-26 and 7-5). The
 * province's titles in force, of this year and earlier ones, are listed for the unit to choose from.
 */
@Component
class OpenNominationDelegate implements JavaDelegate {

    private final Nominations nominations;
    private final NominationTitles eligible;
    private final Campaigns campaigns;
    private final LevelRules rules;
    private final RecommendingUnits units;
    private final CurrentUser user;

    OpenNominationDelegate(Nominations nominations, NominationTitles eligible, Campaigns campaigns, LevelRules rules,
            RecommendingUnits units, CurrentUser user) {
        this.nominations = nominations;
        this.eligible = eligible;
        this.campaigns = campaigns;
        this.rules = rules;
        this.units = units;
        this.user = user;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        // FormValues.choice takes value and label pairs: a plain list of codes would offer every other province only
        List<String> provinces = rules.all().stream().map(rule -> rule.directory())
                .filter(directory -> !RecommendingUnit.NATIONAL.equals(directory))
                .flatMap(directory -> java.util.stream.Stream.of(directory, units.find(directory).orElseThrow().name()))
                .toList();
        String province = form.choice(NominationProcess.UNIT, "推荐单位", provinces);
        RecommendingUnit unit = units.find(province).orElseThrow();
        if (!user.groups().isEmpty() && !user.inAny(unit.groupId())) {
            throw new InvalidInput("只有" + unit.name() + "可以从" + rules.of(province).titleName()
                    + "中推荐申报全国质量标杆（当前用户不是该推荐单位的人员）。");
        }
        Campaign campaign = campaigns.openIn(RecommendingUnit.NATIONAL)
                .or(() -> campaigns.latestIn(RecommendingUnit.NATIONAL)
                        .filter(c -> campaigns.status(c.number()).orElseThrow() == CampaignStatus.REGISTERED))
                .orElseThrow(() -> new InvalidInput("目前没有开放或即将开放申报的全国质量标杆遴选活动，不能推荐。"));
        Violations violations = new Violations();
        LocalDate chooseBy = violations.read(() -> form.date(NominationProcess.CHOOSE_BY, "择优推荐截止日期"));
        LocalDate applyBy = violations.read(() -> form.date(NominationProcess.APPLY_BY, "推荐企业网上申报截止日期"));
        LocalDate today = BeijingTime.today();
        if (chooseBy != null && chooseBy.isBefore(today)) {
            violations.add("择优推荐截止日期不能早于今天（当前值：" + chooseBy + "）。");
        }
        if (chooseBy != null && applyBy != null && !applyBy.isAfter(chooseBy)) {
            violations.add("推荐企业网上申报截止日期须晚于择优推荐截止日期（当前值：" + applyBy + "，择优推荐截止：" + chooseBy + "）。");
        }
        if (applyBy != null && applyBy.isAfter(campaign.applicationCloses())) {
            violations.add("推荐企业网上申报截止日期不能晚于" + campaign.year() + "年全国质量标杆申报截止日期 "
                    + campaign.applicationCloses() + "（当前值：" + applyBy + "）。");
        }
        List<BenchmarkTitle> titles = eligible.of(province, campaign.year());
        if (titles.isEmpty()) {
            violations.add(rules.of(province).titleName() + "目前没有有效的称号，无可推荐的企业。");
        }
        violations.throwIfAny();
        String number = campaign.number() + "-" + province + "-tj";
        if (!nominations.open(number, campaign.number(), province, chooseBy, applyBy, Actor.of(execution),
                execution.getProcessInstanceId())) {
            throw new InvalidInput(unit.name() + "已为" + campaign.year() + "年全国质量标杆遴选开启择优推荐（" + number
                    + "），请在其任务中办理，不能重复开启。");
        }
        execution.setProcessBusinessKey(number);
        execution.setVariable(NominationProcess.ELIGIBLE_TITLES, titles.stream().map(eligible::describe)
                .collect(Collectors.joining("\n\n")));
    }
}
