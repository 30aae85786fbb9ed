package org.caq.benchmark.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.model.ReviewProcess;
import org.springframework.stereotype.Component;

/**
 * Fills the committee form with the proposal, so that 完成 alone forms a valid committee: the picks (chair,
 * vice-chair, each needed group's members and leader, experts per application) as the case's variables the form
 * starts from, and what the office picks from (the experts, each with the applications they must keep away from) as
 * the task's own. The office changes the committee by ticking experts, never by typing codes.
 */
@Component
class CommitteeProposalListener implements TaskListener {

    private final CommitteeFormation formation;
    private final Experts experts;
    private final CampaignCases cases;

    CommitteeProposalListener(CommitteeFormation formation, Experts experts, CampaignCases cases) {
        this.formation = formation;
        this.experts = experts;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String campaign = cases.numberOf(task.getExecution());
        Committee proposal = formation.propose(campaign);
        List<Expert> pool = experts.all();
        List<Applications.Case> passed = formation.passed(campaign);
        DelegateExecution execution = task.getExecution();
        execution.setVariable(ReviewProcess.EXPERTS_PER_APPLICATION, proposal.expertsPerApplication());
        execution.setVariable(ReviewProcess.COMMITTEE_CHAIR, proposal.chair());
        execution.setVariable(ReviewProcess.COMMITTEE_VICE_CHAIR, proposal.viceChair());
        task.setVariableLocal(ReviewProcess.CHAIR_OPTIONS, json(pool.stream().filter(Expert::canChair)
                .map(e -> option(e, e.affiliation())).toList()));
        for (GroupTemplate template : GroupTemplate.values()) {
            List<Applications.Case> covered = CommitteeFormation.covered(passed, template);
            task.setVariableLocal(template.neededKey(), !covered.isEmpty());
            if (covered.isEmpty()) {
                continue;
            }
            task.setVariableLocal(template.optionsKey(), json(pool.stream()
                    .sorted((a, b) -> Boolean.compare(!a.field().equals(template.field()), !b.field().equals(template.field())))
                    .map(e -> option(e, e.field() + " · " + e.affiliation() + conflicts(e, covered))).toList()));
            proposal.group(template.name()).ifPresent(group -> {
                execution.setVariable(template.membersKey(), json(group.members()));
                execution.setVariable(template.leaderKey(), group.leader());
            });
        }
        task.setVariableLocal(ReviewProcess.COMMITTEE_PROPOSAL, describe(proposal, pool, passed));
    }

    private static Map<String, String> option(Expert expert, String details) {
        return Map.of("label", expert.code() + " " + expert.name() + "（" + details + "）", "value", expert.code());
    }

    private static String conflicts(Expert expert, List<Applications.Case> covered) {
        List<String> numbers = covered.stream().filter(c -> CommitteeFormation.conflict(expert, c).isPresent())
                .map(Applications.Case::number).toList();
        return numbers.isEmpty() ? "" : "；须回避 " + String.join("、", numbers);
    }

    private static Object json(Object value) {
        return SpinValues.jsonValue(Spin.JSON(value).toString()).create();
    }

    /** The proposal as the office reads it above the form, with why it proposes fewer experts than the default. */
    static String describe(Committee committee, List<Expert> pool, List<Applications.Case> passed) {
        Map<String, Expert> byCode = pool.stream().collect(Collectors.toMap(Expert::code, e -> e));
        StringBuilder text = new StringBuilder("**主任委员**：").append(name(byCode, committee.chair()))
                .append("　**副主任委员**：").append(name(byCode, committee.viceChair())).append("\n\n");
        for (Committee.Group group : committee.groups()) {
            text.append("**").append(group.template().displayName()).append("**（").append(
                    CommitteeFormation.covered(passed, group.template()).size()).append(" 项申报）：").append(group.members().stream()
                            .map(m -> (m.equals(group.leader()) ? "组长 " : "") + name(byCode, m)).collect(Collectors.joining("、")))
                    .append("\n\n");
        }
        if (committee.groups().isEmpty()) {
            text.append("本活动没有通过形式审查的申报，无需组建专业组。\n\n");
            return text.toString();
        }
        text.append("**每项申报的评审专家人数**：").append(committee.expertsPerApplication()).append(" 位");
        limiting(committee, byCode, passed).ifPresent(text::append);
        return text.append("。\n\n以下各项已按建议填好，可直接点击“完成”；如需调整，请勾选各组专家、选择组长。").toString();
    }

    private static Optional<String> limiting(Committee committee, Map<String, Expert> byCode,
            List<Applications.Case> passed) {
        if (committee.expertsPerApplication() >= CommitteeFormation.DEFAULT_EXPERTS_PER_APPLICATION) {
            return Optional.empty();
        }
        for (Committee.Group group : committee.groups()) {
            List<Expert> members = group.members().stream().map(byCode::get).toList();
            for (Applications.Case c : CommitteeFormation.covered(passed, group.template())) {
                int eligible = CommitteeFormation.eligible(members, c).size();
                if (eligible == committee.expertsPerApplication()) {
                    return Optional.of("（默认每项 " + CommitteeFormation.DEFAULT_EXPERTS_PER_APPLICATION + " 位；专家库中"
                            + group.template().displayName() + "与申报 " + c.number() + " 无需回避的专家只有 " + eligible + " 位）");
                }
            }
        }
        return Optional.empty();
    }

    private static String name(Map<String, Expert> byCode, String code) {
        Expert e = byCode.get(code);
        return e == null ? code : e.name() + "（" + code + "，" + e.field() + "）";
    }
}
