package org.caq.benchmark.review;

import java.util.List;
import java.util.Optional;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.procedure.Violations;
import org.springframework.stereotype.Component;

/**
 * What a committee must be before it is recorded (Art. 13–14): two different chairs able to chair, known experts,
 * every passed application in a group with enough experts free of conflict with it, and each group led by a member
 * free of conflict with every application of the group (the leader reads all of its scores). Every broken rule is
 * named, with the application it concerns, so the office corrects the form once.
 */
@Component
class CommitteeRules {

    private final Experts experts;
    private final CommitteeFormation formation;

    CommitteeRules(Experts experts, CommitteeFormation formation) {
        this.experts = experts;
        this.formation = formation;
    }

    void check(Committee committee, Violations violations) {
        Optional<Expert> chair = known(committee.chair(), "主任委员", violations);
        Optional<Expert> vice = known(committee.viceChair(), "副主任委员", violations);
        if (chair.isPresent() && vice.isPresent()
                && (chair.get().code().equals(vice.get().code()) || !chair.get().canChair() || !vice.get().canChair())) {
            violations.add("主任委员和副主任委员须为两位不同的、具有质量领域全面综合业务能力的专家（第十三条）。");
        }
        int perApplication = committee.expertsPerApplication();
        if (perApplication < 1 || perApplication > 15) {
            violations.add("每项申报的评审专家人数须在 1 至 15 之间（当前值：" + perApplication + "）。");
        }
        List<Applications.Case> passed = formation.passed(committee.campaignNumber());
        for (Committee.Group group : committee.groups()) {
            checkGroup(group, perApplication, CommitteeFormation.covered(passed, group.template()), violations);
        }
        passed.stream().filter(c -> committee.groupFor(c.application()).isEmpty()).forEach(c -> violations.add(
                "申报 " + c.number() + " 的遴选范围类别没有对应的专业组：请为其选择" + GroupTemplate.forCategory(
                        c.application().category().number()).map(GroupTemplate::displayName).orElse("专业组") + "的成员。"));
    }

    private void checkGroup(Committee.Group group, int perApplication, List<Applications.Case> covered, Violations violations) {
        String name = group.template().displayName();
        if (group.members().isEmpty()) {
            violations.add(name + "至少需要一位成员：请勾选本组的专家。");
            return;
        }
        List<Expert> members = group.members().stream().map(code -> known(code, name + "成员", violations))
                .flatMap(Optional::stream).toList();
        if (members.size() < group.members().size()) {
            return;
        }
        if (group.leader() == null) {
            violations.add(name + "须选择一位组长。");
        } else if (!group.members().contains(group.leader())) {
            violations.add(name + "的组长须为本组成员（当前选择：" + group.leader() + "）。");
        } else {
            Expert leader = members.get(group.members().indexOf(group.leader()));
            covered.forEach(c -> CommitteeFormation.conflict(leader, c).ifPresent(conflict -> violations.add(name + "组长 "
                    + leader.name() + "（" + leader.code() + "）与申报 " + c.number() + " 须回避（" + conflict + "），请另选组长。")));
        }
        if (members.size() < perApplication) {
            violations.add(name + "只有 " + members.size() + " 位专家，少于每项申报的评审专家人数 " + perApplication + "。");
            return;
        }
        for (Applications.Case c : covered) {
            int eligible = CommitteeFormation.eligible(members, c).size();
            if (eligible < perApplication) {
                violations.add("申报 " + c.number() + " 在" + name + "只有 " + eligible + " 位无需回避的专家，少于每项 "
                        + perApplication + " 位：请为本组增加专家或减少每项评审专家人数。");
            }
        }
    }

    private Optional<Expert> known(String code, String role, Violations violations) {
        if (code == null || code.isBlank()) {
            violations.add("请选择" + role + "。");
            return Optional.empty();
        }
        Optional<Expert> expert = experts.find(code);
        if (expert.isEmpty()) {
            violations.add(role + "的专家编号 " + code + " 不在专家库中。");
        }
        return expert;
    }
}
