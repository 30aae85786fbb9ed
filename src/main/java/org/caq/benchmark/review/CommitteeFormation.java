package org.caq.benchmark.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.springframework.stereotype.Component;

/**
 * Forms a campaign's committee (Art. 12–14): proposes one from the pool — chair and vice-chair from the experts
 * who may chair, one specialist group per field the passed applications need, its members the pool's experts of
 * that field, those who know the applications' industries first and the best matched leading — and applies the
 * office's changes to it.
 */
@Component
class CommitteeFormation {

    static final int DEFAULT_EXPERTS_PER_APPLICATION = 5;

    private final Experts experts;
    private final Applications applications;

    CommitteeFormation(Experts experts, Applications applications) {
        this.experts = experts;
        this.applications = applications;
    }

    Committee propose(String campaign) {
        List<Expert> pool = experts.all();
        List<Expert> chairs = pool.stream().filter(Expert::canChair).toList();
        String chair = chairs.isEmpty() ? "" : chairs.get(0).code();
        String vice = chairs.size() < 2 ? "" : chairs.get(1).code();
        List<Applications.Case> passed = applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == ApplicationStatus.AWAITING_MATERIAL_REVIEW).toList();
        Set<GroupTemplate> needed = passed.stream()
                .map(c -> GroupTemplate.forCategory(c.application().category().number()).orElseThrow())
                .collect(Collectors.toSet());
        List<Committee.Group> groups = new ArrayList<>();
        for (GroupTemplate template : GroupTemplate.values()) {
            List<String> industries = passed.stream()
                    .filter(c -> template.categories().contains(c.application().category().number()))
                    .map(c -> c.application().industry()).toList();
            List<String> members = pool.stream()
                    .filter(e -> e.field().equals(template.field()) && !e.code().equals(chair) && !e.code().equals(vice))
                    .sorted(Comparator.comparingLong((Expert e) -> -industryMatches(e, industries)).thenComparing(Expert::code))
                    .map(Expert::code).toList();
            if (needed.contains(template) && !members.isEmpty()) {
                groups.add(new Committee.Group(template, members.get(0), members));
            }
        }
        return new Committee(campaign, chair, vice, DEFAULT_EXPERTS_PER_APPLICATION, AggregationPolicy.TRIMMED_MEAN,
                Rubric.DEFAULT, groups);
    }

    /** How many of the group's applications name an industry the expert knows: the best matched lead. */
    private static long industryMatches(Expert expert, List<String> industries) {
        return industries.stream().filter(industry -> expert.industries().stream().anyMatch(industry::contains)).count();
    }

    /** The proposal with the office's changes: one per line, {@code chair=E01}, {@code MANAGEMENT=E03*,E04,…}. */
    Committee adjust(Committee proposal, List<String> lines, int perApplication, AggregationPolicy policy, Rubric rubric) {
        String chair = proposal.chair();
        String vice = proposal.viceChair();
        Map<GroupTemplate, Committee.Group> groups = new LinkedHashMap<>();
        proposal.groups().forEach(group -> groups.put(group.template(), group));
        for (String line : lines) {
            String[] parts = line.split("\\s*[=＝]\\s*", 2);
            if (parts.length != 2) {
                throw new InvalidInput("调整格式应为“chair=专家编号”“viceChair=专家编号”或“组别=专家编号*,专家编号,…”（当前行：" + line + "）。");
            }
            switch (parts[0]) {
                case "chair" -> chair = parts[1].strip();
                case "viceChair" -> vice = parts[1].strip();
                default -> groups.put(template(parts[0]), group(template(parts[0]), parts[1]));
            }
        }
        Committee committee = new Committee(proposal.campaignNumber(), chair, vice, perApplication, policy, rubric,
                List.copyOf(groups.values()));
        check(committee);
        return committee;
    }

    private static GroupTemplate template(String code) {
        try {
            return GroupTemplate.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("专业组代码 " + code + " 无效：只能是 MANAGEMENT、DIGITAL 或 SERVICE。");
        }
    }

    private static Committee.Group group(GroupTemplate template, String list) {
        List<String> members = new ArrayList<>();
        String leader = null;
        for (String entry : list.split("[,，\\s]+")) {
            String code = entry.replace("*", "").strip();
            if (!code.isEmpty()) {
                members.add(code);
                leader = entry.contains("*") ? code : leader;
            }
        }
        if (members.isEmpty()) {
            throw new InvalidInput(template.displayName() + "至少需要一位成员。");
        }
        return new Committee.Group(template, leader == null ? members.get(0) : leader, members);
    }

    private void check(Committee committee) {
        Expert chair = expert(committee.chair(), "主任委员");
        Expert vice = expert(committee.viceChair(), "副主任委员");
        if (chair.code().equals(vice.code()) || !chair.canChair() || !vice.canChair()) {
            throw new InvalidInput("主任委员和副主任委员须为两位不同的、具有质量领域全面综合业务能力的专家（第十三条）。");
        }
        if (committee.expertsPerApplication() < 1 || committee.expertsPerApplication() > 15) {
            throw new InvalidInput("每项申报的评审专家人数须在 1 至 15 之间（当前值：" + committee.expertsPerApplication() + "）。");
        }
        for (Committee.Group group : committee.groups()) {
            group.members().forEach(member -> expert(member, group.template().displayName() + "成员"));
            if (group.members().size() < committee.expertsPerApplication()) {
                throw new InvalidInput(group.template().displayName() + "只有 " + group.members().size()
                        + " 位专家，少于每项申报的评审专家人数 " + committee.expertsPerApplication() + "。");
            }
        }
    }

    private Expert expert(String code, String role) {
        return experts.find(code).orElseThrow(() -> new InvalidInput(role + "的专家编号 " + code + " 不在专家库中。"));
    }

    /** The committee as the office reads it in the form. */
    String describe(Committee committee) {
        StringBuilder text = new StringBuilder();
        text.append("**主任委员**：").append(name(committee.chair())).append("　**副主任委员**：")
                .append(name(committee.viceChair())).append("\n\n");
        for (Committee.Group group : committee.groups()) {
            text.append("**").append(group.template().displayName()).append("（").append(group.code()).append("）**：")
                    .append(group.members().stream().map(m -> (m.equals(group.leader()) ? "组长 " : "") + name(m))
                            .collect(Collectors.joining("、")))
                    .append("\n\n");
        }
        if (committee.groups().isEmpty()) {
            text.append("本活动没有通过形式审查的申报，无需组建专业组。\n\n");
        }
        return text.toString();
    }

    private String name(String code) {
        return experts.find(code).map(e -> e.name() + "（" + code + "，" + e.field() + "）").orElse(code);
    }
}
