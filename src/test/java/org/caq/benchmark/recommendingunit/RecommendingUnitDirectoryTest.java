package org.caq.benchmark.recommendingunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.caq.benchmark.recommendingunit.RecommendingUnit.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The directory file holds exactly the 49 recommending units of 中国质协字〔2020〕44号, annex 1. */
class RecommendingUnitDirectoryTest {

    private final List<RecommendingUnit> units = RecommendingUnitDirectory.parse(RecommendingUnitDirectory.NATIONAL_FILE, RecommendingUnit.NATIONAL);

    /**
     * 附件 1 推荐单位名录 of 中国质协字〔2020〕44号, typed from the notice (序号 1–49, 单位名称), with the code the
     * directory gives each unit. Not read from the directory file: a renamed or reordered unit breaks here.
     */
    static final List<String> ANNEX_1 = List.of(
            "beijing 北京市经济和信息化局", "tianjin 天津市工业和信息化局", "hebei 河北省工业和信息化厅",
            "shanxi 山西省经济和信息化厅", "neimenggu 内蒙古自治区工业和信息化厅", "liaoning 辽宁省工业和信息化厅",
            "jilin 吉林省工业和信息化厅", "heilongjiang 黑龙江省工业和信息化厅", "shanghai 上海市经济和信息化委员会",
            "jiangsu 江苏省工业和信息化厅", "zhejiang 浙江省经济和信息化厅", "anhui 安徽省经济和信息化厅",
            "fujian 福建省工业和信息化厅", "jiangxi 江西省工业和信息化厅", "shandong 山东省工业和信息化厅",
            "henan 河南省工业和信息化厅", "hubei 湖北省经济和信息化厅", "hunan 湖南省工业和信息化厅",
            "guangdong 广东省工业和信息化厅", "guangxi 广西壮族自治区工业和信息化厅", "hainan 海南省工业和信息化厅",
            "chongqing 重庆市经济和信息化委员会", "sichuan 四川省经济和信息化厅", "guizhou 贵州省工业和信息化厅",
            "yunnan 云南省工业和信息化厅", "xizang 西藏自治区经济和信息化厅", "shaanxi 陕西省工业和信息化厅",
            "gansu 甘肃省工业和信息化厅", "qinghai 青海省工业和信息化厅", "ningxia 宁夏回族自治区工业和信息化厅",
            "xinjiang 新疆维吾尔自治区工业和信息化厅", "dalian 大连市工业和信息化局", "ningbo 宁波市经济和信息化局",
            "xiamen 厦门市工业和信息化局", "qingdao 青岛市工业和信息化局", "shenzhen 深圳市工业和信息化局",
            "xpcc 新疆生产建设兵团工业和信息化厅", "cmif 中国机械工业联合会", "cmqa 中国机械工业质量管理协会",
            "cisa 中国钢铁工业协会", "cnia 中国有色金属工业协会", "cpcif 中国石油和化学联合会", "cnlic 中国轻工业联合会",
            "cntac 中国纺织工业联合会", "cbmf 中国建筑材料联合会", "ceic 中国电子信息行业联合会", "ceqa 中国电子质量管理协会",
            "casme 中国中小企业协会", "caq 中国质量协会");

    @Test
    void holds_the_49_units_of_the_notice_name_by_name_with_their_codes_in_its_order() {
        assertThat(ANNEX_1).hasSize(49);
        assertThat(units).extracting(unit -> unit.code() + " " + unit.name()).containsExactlyElementsOf(ANNEX_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application-start", "application-revision", "application-supplement"})
    void offers_applicants_the_49_units_by_the_notice_s_names_in_its_order(String form) throws IOException {
        JsonNode field = StreamSupport.stream(new ObjectMapper().readTree(new File("forms/" + form + ".form"))
                .path("components").spliterator(), false)
                .filter(component -> "recommendingUnit".equals(component.path("key").asText())).findFirst().orElseThrow();
        List<String> national = StreamSupport.stream(field.path("values").spliterator(), false).limit(49)
                .map(v -> v.path("value").asText() + " " + v.path("label").asText().replace("（全国遴选）", "")).toList();

        assertThat(national).containsExactlyElementsOf(ANNEX_1);
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
