package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 001 annex 3 §1(1): the start and revision forms prompt every part with what the notice says it should hold,
 * and the profile with every one of its items, typed here from the notice.
 */
class ApplicationFormGuidanceTest {

    static final List<String> PROFILE_ITEMS = List.of("企业名称", "法人", "企业性质", "创建时间", "历史沿革", "所属行业", "行业代码",
            "地理位置", "面积", "主要业务范围", "主要产品和服务", "生产经营情况", "企业文化特色", "使命、愿景和价值观",
            "人力、技术、信息和知识、基础设施、供应商和客户", "社会责任状况", "荣获的相关荣誉");

    private static JsonNode field(String form, String key) throws IOException {
        JsonNode components = new ObjectMapper().readTree(new File("forms/" + form + ".form")).path("components");
        return StreamSupport.stream(components.spliterator(), false).filter(c -> key.equals(c.path("key").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(form + " has no field " + key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application-start", "application-revision"})
    void prompts_every_item_of_the_enterprise_profile_and_asks_its_facts_apart(String form) throws IOException {
        assertThat(field(form, "enterpriseProfile").path("description").asText()).contains(PROFILE_ITEMS);
        for (String key : List.of("legalRepresentative", "enterpriseNature", "foundedYear", "industryCode")) {
            assertThat(field(form, key).path("validate").path("required").asBoolean()).as(key).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application-start", "application-revision"})
    void guides_each_part_as_annex_3_does(String form) throws IOException {
        assertThat(field(form, "abstractText").path("description").asText())
                .contains("管理方法（技术）", "推进情况", "主要成果", "特色亮点", "评价或认可");
        assertThat(field(form, "methodApplication").path("description").asText())
                .contains("过程、做法", "实施要点、特色亮点", "具体数据、图表");
        assertThat(field(form, "effects").path("description").asText())
                .contains("定量与定性相结合", "经济效益、管理效益、社会效益", "近三年的相关指标数据", "竞争对手和标杆对比");
        assertThat(field(form, "commitsToShare").path("label").asText()).contains("在不涉及商业机密的情况下");
        assertThat(field(form, "methodMature").path("label").asText()).contains("成熟应用", "在地区和行业内表现突出");
    }

    /** Annex 3 §1(3): the format of the typical-experience material, stated where the applicant uploads it. */
    @org.junit.jupiter.api.Test
    void states_the_format_of_the_experience_material_where_it_is_uploaded() throws IOException {
        String text = new ObjectMapper().readTree(new File("forms/application-materials.form")).path("components").get(0)
                .path("text").asText();
        assertThat(text).contains("A4 幅面纵向", "黑体小二号居中", "宋体四号字居中加粗", "宋体小四号字，单倍行距", "附表标题放置附表上方居中",
                "插图标题放置插图下方居中", "宋体五号字加粗");
    }
}
