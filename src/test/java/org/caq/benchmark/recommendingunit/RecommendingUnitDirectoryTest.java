package org.caq.benchmark.recommendingunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caq.benchmark.recommendingunit.RecommendingUnit.Kind;
import org.junit.jupiter.api.Test;

/** The directory file holds exactly the 49 recommending units of 中国质协字〔2020〕44号, annex 1. */
class RecommendingUnitDirectoryTest {

    private final List<RecommendingUnit> units = RecommendingUnitDirectory.parse(RecommendingUnitDirectory.NATIONAL_FILE, RecommendingUnit.NATIONAL);

    @Test
    void holds_the_49_units_of_the_notice_in_its_order() {
        assertThat(units).hasSize(49);
        assertThat(units.get(0).name()).isEqualTo("北京市经济和信息化局");
        assertThat(units.get(9).name()).isEqualTo("江苏省工业和信息化厅");
        assertThat(units.get(36).name()).isEqualTo("新疆生产建设兵团工业和信息化厅");
        assertThat(units.get(48).name()).isEqualTo("中国质量协会");
        assertThat(units).extracting(RecommendingUnit::code).doesNotHaveDuplicates();
        assertThat(units).extracting(RecommendingUnit::name).doesNotHaveDuplicates();
    }

    @Test
    void classifies_31_provinces_5_separately_planned_cities_xpcc_and_12_associations() {
        Map<Kind, Long> byKind = units.stream().collect(Collectors.groupingBy(RecommendingUnit::kind, Collectors.counting()));
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                Kind.PROVINCE, 31L, Kind.SEPARATELY_PLANNED_CITY, 5L, Kind.XPCC, 1L, Kind.NATIONAL_ASSOCIATION, 12L));
        Map<String, RecommendingUnit> byName = units.stream()
                .collect(Collectors.toMap(RecommendingUnit::name, Function.identity()));
        assertThat(byName.get("深圳市工业和信息化局").kind()).isEqualTo(Kind.SEPARATELY_PLANNED_CITY);
        assertThat(byName.get("中国中小企业协会").kind()).isEqualTo(Kind.NATIONAL_ASSOCIATION);
    }

    @Test
    void gives_every_unit_the_default_quota_of_three_and_a_group_of_its_own() {
        assertThat(units).allSatisfy(unit -> {
            assertThat(unit.defaultQuota()).isEqualTo(3);
            assertThat(unit.groupId()).isEqualTo("unit-" + unit.code()).matches("[a-z0-9-]+");
        });
    }
}
