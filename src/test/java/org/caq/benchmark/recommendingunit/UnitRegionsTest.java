package org.caq.benchmark.recommendingunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Art. 17: each regional unit of annex 1 recommends from its own region, by the GB/T 2260 codes typed here. */
class UnitRegionsTest {

    private final UnitRegions regions = new UnitRegions();
    private final List<RecommendingUnit> units = RecommendingUnitDirectory.parse(RecommendingUnitDirectory.NATIONAL_FILE,
            RecommendingUnit.NATIONAL);

    static final Map<String, String> GB_T_2260 = Map.ofEntries(Map.entry("beijing", "11"), Map.entry("tianjin", "12"),
            Map.entry("hebei", "13"), Map.entry("shanxi", "14"), Map.entry("neimenggu", "15"), Map.entry("liaoning", "21"),
            Map.entry("jilin", "22"), Map.entry("heilongjiang", "23"), Map.entry("shanghai", "31"), Map.entry("jiangsu", "32"),
            Map.entry("zhejiang", "33"), Map.entry("anhui", "34"), Map.entry("fujian", "35"), Map.entry("jiangxi", "36"),
            Map.entry("shandong", "37"), Map.entry("henan", "41"), Map.entry("hubei", "42"), Map.entry("hunan", "43"),
            Map.entry("guangdong", "44"), Map.entry("guangxi", "45"), Map.entry("hainan", "46"), Map.entry("chongqing", "50"),
            Map.entry("sichuan", "51"), Map.entry("guizhou", "52"), Map.entry("yunnan", "53"), Map.entry("xizang", "54"),
            Map.entry("shaanxi", "61"), Map.entry("gansu", "62"), Map.entry("qinghai", "63"), Map.entry("ningxia", "64"),
            Map.entry("xinjiang", "65"), Map.entry("dalian", "2102"), Map.entry("ningbo", "3302"), Map.entry("xiamen", "3502"),
            Map.entry("qingdao", "3702"), Map.entry("shenzhen", "4403"));

    @Test
    void gives_every_regional_unit_its_region_and_no_industry_association_one() {
        units.forEach(unit -> {
            if (unit.kind() == RecommendingUnit.Kind.NATIONAL_ASSOCIATION) {
                assertThat(regions.of(unit.code())).as(unit.code()).isEmpty();
            } else if (unit.kind() == RecommendingUnit.Kind.XPCC) {
                assertThat(regions.of(unit.code())).as(unit.code()).contains(List.of("66", "65"));
            } else {
                assertThat(regions.of(unit.code())).as(unit.code()).contains(List.of(GB_T_2260.get(unit.code())));
            }
        });
        assertThat(regions.all().keySet()).hasSize(37).allSatisfy(code -> assertThat(units).anyMatch(unit -> unit.code().equals(code)));
    }

    @Test
    void covers_an_enterprise_registered_within_the_unit_s_region_only() {
        assertThat(regions.covers("jiangsu", "320505")).isTrue();
        assertThat(regions.covers("jiangsu", "330100")).isFalse();
        assertThat(regions.covers("shandong", "370200")).as("Qingdao lies in Shandong").isTrue();
        assertThat(regions.covers("qingdao", "370100")).as("Jinan is not Qingdao").isFalse();
        assertThat(regions.covers("cmif", "650100")).as("an association recommends by industry").isTrue();
    }
}
