package org.caq.benchmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caq.benchmark.InvalidInput;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    static Expert expert(String code, String province, String affiliation, String association) {
        return new Expert(code, code, code, "管理方法", Set.of("机械"), province, affiliation, association, false);
    }

    @Test
    void never_assigns_an_expert_of_the_applicant_s_organisation_region_or_recommending_association() {
        Candidate application = new Candidate("2026-national-0001", "华东精密机械股份有限公司", "32", "cmif");
        List<Expert> experts = List.of(
                expert("E1", "11", "华东精密机械股份有限公司", null),
                expert("E2", "32", "南京大学", null),
                expert("E3", "11", "清华大学", "cmif"),
                expert("E4", "11", "清华大学", null),
                expert("E5", "44", "中山大学", "caq"));

        Map<String, List<Expert>> assigned = Assignment.assign(List.of(application), experts, 2, new HashMap<>());

        assertThat(assigned.get("2026-national-0001")).extracting(Expert::code).containsExactly("E4", "E5");
        assertThat(Conflicts.between(experts.get(0), application)).contains("本单位");
        assertThat(Conflicts.between(experts.get(1), application)).contains("同一地区");
        assertThat(Conflicts.between(experts.get(2), application)).contains("所属协会推荐");
    }

    @RepeatedTest(20)
    void keeps_every_conflict_rule_on_random_groups(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        String[] provinces = {"11", "32", "37", "44", "51"};
        String[] units = {"jiangsu", "cmif", "caq", "shandong"};
        List<Expert> experts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            experts.add(expert("E%02d".formatted(i), provinces[random.nextInt(provinces.length)], "单位" + random.nextInt(6),
                    random.nextBoolean() ? units[random.nextInt(units.length)] : null));
        }
        List<Candidate> applications = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            applications.add(new Candidate("A" + i, "单位" + random.nextInt(6), provinces[random.nextInt(provinces.length)],
                    units[random.nextInt(units.length)]));
        }
        Map<String, Integer> load = new HashMap<>();
        boolean feasible = applications.stream().allMatch(application ->
                experts.stream().filter(expert -> Conflicts.between(expert, application).isEmpty()).count() >= 3);
        if (!feasible) {
            assertThatThrownBy(() -> Assignment.assign(applications, experts, 3, load)).isInstanceOf(InvalidInput.class);
            return;
        }

        Map<String, List<Expert>> assigned = Assignment.assign(applications, experts, 3, load);

        for (Candidate application : applications) {
            assertThat(assigned.get(application.number())).hasSize(3).doesNotHaveDuplicates()
                    .allSatisfy(expert -> assertThat(Conflicts.between(expert, application)).isEmpty());
        }
        assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(45);
    }

    @Test
    void spreads_reviews_evenly_when_no_conflict_constrains_them() {
        List<Expert> experts = List.of(expert("E1", "11", "甲", null), expert("E2", "11", "乙", null),
                expert("E3", "11", "丙", null), expert("E4", "11", "丁", null), expert("E5", "11", "戊", null));
        List<Candidate> applications = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            applications.add(new Candidate("A" + i, "企业" + i, "32", "jiangsu"));
        }
        Map<String, Integer> load = new HashMap<>();

        Assignment.assign(applications, experts, 3, load);

        assertThat(load.values()).allSatisfy(count -> assertThat(count).isBetween(4, 5));
        assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
    }

    @Test
    void refuses_when_a_group_has_too_few_experts_without_conflict() {
        Candidate application = new Candidate("A1", "甲", "32", "jiangsu");
        List<Expert> experts = List.of(expert("E1", "32", "乙", null), expert("E2", "11", "丙", null));

        assertThatThrownBy(() -> Assignment.assign(List.of(application), experts, 2, new HashMap<>()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("申报 A1 只有 1 位无需回避的专家，少于每项 2 位");
    }

    @Test
    void finds_a_replacement_outside_those_already_assigned_or_recused() {
        Candidate application = new Candidate("A1", "甲", "32", "jiangsu");
        List<Expert> experts = List.of(expert("E1", "11", "乙", null), expert("E2", "11", "丙", null), expert("E3", "11", "丁", null));

        assertThat(Assignment.replacement(application, experts, Set.of("E1", "E2"), Map.of()))
                .extracting(Expert::code).containsExactly("E3");
        assertThat(Assignment.replacement(application, experts, Set.of("E1", "E2", "E3"), Map.of())).isEmpty();
    }
}
