package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.Violations;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every limit of seed 001 annex 3 and every declaration of Measures Art. 9, enforced on the server. */
class ApplicationFormTest {

    private static final RecommendingUnit JIANGSU_CITY = new RecommendingUnit("jiangsu-nanjing", "jiangsu", "南京市工业和信息化局",
            RecommendingUnit.Kind.CITY, 2);
    private static final RecommendingUnit NATIONAL_JIANGSU = new RecommendingUnit("jiangsu", "national", "江苏省工业和信息化厅",
            RecommendingUnit.Kind.PROVINCE, 3);
    private static final RecommendingUnit SHANDONG_CITY = new RecommendingUnit("shandong-jinan", "shandong", "济南市工业和信息化局",
            RecommendingUnit.Kind.CITY, 5);
    private static final RecommendingUnit SHANDONG_DIRECT = new RecommendingUnit("shandong-direct", "shandong",
            "山东省工业和信息化厅（中央驻鲁及省属企业直接报送）", RecommendingUnit.Kind.DIRECT, 5);

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> form = TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE);
        form.put(key, value);
        return form;
    }

    @Test
    void reads_a_complete_application() {
        Application application = ApplicationForm.parse(with(ApplicationProcess.CREDIT_CODE, "91320500ma1mx0000r"), 2026);

        assertThat(application.creditCode()).isEqualTo("91320500MA1MX0000R");
        assertThat(application.category()).isEqualTo(SelectionCategory.QUALITY_MANAGEMENT);
        assertThat(application.profits()).containsExactly(new BigDecimal("1200.5"), new BigDecimal("1350"), new BigDecimal("1500.25"));
        assertThat(application.methodApplication()).hasSize(7000);
    }

    @ParameterizedTest(name = "{1} ≤ {2}")
    @CsvSource({
        "abstractText,       摘要, 500",
        "enterpriseProfile,  企业概况, 500",
        "methodApplication,  管理方法（技术）的推进和应用情况, 8000",
        "effects,            管理方法（技术）的实施效果, 2000",
    })
    void accepts_each_part_at_its_limit_and_refuses_it_one_character_over(String key, String label, int limit) {
        assertThat(ApplicationForm.parse(with(key, "字".repeat(limit)), 2026)).isNotNull();

        assertThatThrownBy(() -> ApplicationForm.parse(with(key, "字".repeat(limit + 1)), 2026))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(label + "不得超过 " + limit + " 字（当前 " + (limit + 1) + " 字）。");
    }

    @Test
    void refuses_a_benchmark_name_over_40_characters() {
        String name = "华东精密机械股份有限公司实施六西格玛设计和精益生产以及全面质量管理体系并持续改进的经验";
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.BENCHMARK_NAME, name), 2026))
                .isInstanceOf(InvalidInput.class).hasMessage("质量标杆名称不得超过 40 字（当前 " + name.length() + " 字）。");
    }

    @Test
    void refuses_a_name_that_breaks_the_naming_rule() {
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.BENCHMARK_NAME, "华东精密机械股份有限公司"), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("命名");
    }

    @Test
    void refuses_an_invalid_credit_code() {
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.CREDIT_CODE, "91320500MA1MX00001"), 2026))
                .isInstanceOf(InvalidInput.class).hasMessage("统一社会信用代码无效（当前值：91320500MA1MX00001）：须为 18 位且校验位正确。");
    }

    @ParameterizedTest
    @CsvSource({"independentLegalPerson, 具有独立法人资格", "noBadRecords, 无违法行为和不良记录",
            "methodMature, 已在本单位成熟应用，对质量和绩效提升有明显促进作用，在地区和行业内表现突出",
            "commitsToShare, 在不涉及商业机密的情况下，积极参与相关的分享交流活动"})
    void refuses_an_application_without_each_declaration(String key, String declaration) {
        assertThatThrownBy(() -> ApplicationForm.parse(with(key, false), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("第九条").hasMessageContaining(declaration);
    }

    /** Measures Art. 7: a unit of a province the administrator added is chosen as 其他推荐单位 with its code. */
    @Test
    void reads_a_unit_of_an_added_province_by_its_code_under_the_other_option() {
        Map<String, Object> other = with(ApplicationProcess.RECOMMENDING_UNIT, ApplicationProcess.OTHER_UNIT);
        other.put(ApplicationProcess.OTHER_RECOMMENDING_UNIT, " zhejiang-hangzhou ");
        assertThat(ApplicationForm.recommendingUnit(other)).isEqualTo("zhejiang-hangzhou");
        assertThat(ApplicationForm.parse(other, 2026).recommendingUnit()).isEqualTo("zhejiang-hangzhou");

        other.remove(ApplicationProcess.OTHER_RECOMMENDING_UNIT);
        assertThatThrownBy(() -> ApplicationForm.recommendingUnit(other)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("其他推荐单位代码");
        assertThat(ApplicationForm.recommendingUnit(with(ApplicationProcess.OTHER_RECOMMENDING_UNIT, "zhejiang-hangzhou")))
                .as("the code counts only under the other option").isEqualTo(ApplicationForm.recommendingUnit(with("x", null)));
    }

    /** Seed 002 §四(二)1: Jiangsu words its first condition apart from Art. 9; asked of Jiangsu's selection only. */
    @Test
    void asks_jiangsu_s_own_declaration_of_jiangsu_applications_only() {
        for (Object unticked : new Object[] {false, null, "yes", 1, "TRUE "}) {
            Violations violations = new Violations();
            ApplicationForm.requireUnitConditions(JIANGSU_CITY, with(ApplicationProcess.JIANGSU_QUALITY_RECORD, unticked),
                    violations);
            if ("TRUE ".equals(unticked)) {
                assertThat(violations.isEmpty()).as("the text true, as a REST client sends it").isTrue();
                continue;
            }
            assertThatThrownBy(violations::throwIfAny).as("value %s", unticked).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("江苏省“质量标杆”活动通知 四（二）1")
                    .hasMessageContaining("企业质量管理体系有效运行，在质量信誉、社会责任等方面无不良记录");
        }
        for (RecommendingUnit unit : List.of(NATIONAL_JIANGSU, SHANDONG_CITY)) {
            Violations violations = new Violations();
            ApplicationForm.requireUnitConditions(unit, with(ApplicationProcess.JIANGSU_QUALITY_RECORD, null), violations);
            assertThat(violations.isEmpty()).as(unit.code()).isTrue();
        }
    }

    /** Seed 004 §一(二): Shandong's selection covers five areas, Art. 10's first five in its own words, not the sixth. */
    @Test
    void keeps_shandong_s_selection_to_its_five_scope_areas_and_the_national_one_to_article_10_s_six() {
        for (Object sixth : new Object[] {"6", 6, 6.0}) {
            Violations violations = new Violations();
            ApplicationForm.requireUnitConditions(SHANDONG_CITY, with(ApplicationProcess.SELECTION_CATEGORY, sixth), violations);
            assertThatThrownBy(violations::throwIfAny).as("category %s", sixth).hasMessageContaining("山东省质量标杆的遴选范围为五类")
                    .hasMessageContaining("2. 运用5G、大数据、人工智能、区块链、物联网等新一代信息技术提升质量管理效能的典型经验")
                    .hasMessageContaining("5. 研发设计、检测认证、交通运输、网络信息、节能与环保服务等制造服务业企业提质增效的典型经验")
                    .hasMessageContaining("不含《全国质量标杆遴选管理办法》第十条第（六）类");
        }
        for (RecommendingUnit unit : List.of(SHANDONG_CITY, NATIONAL_JIANGSU, JIANGSU_CITY)) {
            for (int category = 1; category <= (unit == SHANDONG_CITY ? 5 : 6); category++) {
                Violations violations = new Violations();
                ApplicationForm.requireUnitConditions(unit, with(ApplicationProcess.SELECTION_CATEGORY, String.valueOf(category)),
                        violations);
                assertThat(violations.isEmpty()).as("%s category %d", unit.code(), category).isTrue();
            }
        }
        assertThat(SelectionCategory.PRODUCER_SERVICES.displayNameIn("shandong")).startsWith("研发设计、检测认证");
        assertThat(SelectionCategory.PRODUCER_SERVICES.displayNameIn("national")).isEqualTo("生产性服务业提质增效的典型案例");
    }

    /** Seed 004 §一(三)2: "中央驻鲁及省属企业可直接报送": the department's direct intake takes those enterprises only. */
    @Test
    void takes_only_state_owned_enterprises_registered_in_shandong_that_say_why_on_shandong_s_direct_route() {
        Map<String, Object> direct = TestApplications.form("shandong-direct", "鲁直报国有有限公司", TestApplications.SHANDONG_CODE);
        direct.put(ApplicationProcess.ENTERPRISE_NATURE, "STATE");
        direct.put(ApplicationProcess.DIRECT_SUBMISSION_BASIS, "provincial-state-owned");
        Violations accepted = new Violations();
        ApplicationForm.requireUnitConditions(SHANDONG_DIRECT, direct, accepted);
        assertThat(accepted.isEmpty()).isTrue();

        for (Object basis : new Object[] {null, "", "city", 1}) {
            Map<String, Object> form = new java.util.HashMap<>(direct);
            form.put(ApplicationProcess.DIRECT_SUBMISSION_BASIS, basis);
            Violations violations = new Violations();
            ApplicationForm.requireUnitConditions(SHANDONG_DIRECT, form, violations);
            assertThatThrownBy(violations::throwIfAny).as("basis %s", basis)
                    .hasMessageContaining("直接报送的依据只能是 central-in-shandong（中央企业驻鲁企业）或 provincial-state-owned（山东省属企业）");
        }
        Map<String, Object> privateOne = new java.util.HashMap<>(direct);
        privateOne.put(ApplicationProcess.ENTERPRISE_NATURE, "PRIVATE");
        Map<String, Object> jiangsuOne = new java.util.HashMap<>(direct);
        jiangsuOne.put(ApplicationProcess.CREDIT_CODE, TestApplications.JIANGSU_CODE);
        for (Map<String, Object> form : List.of(privateOne, jiangsuOne)) {
            Violations violations = new Violations();
            ApplicationForm.requireUnitConditions(SHANDONG_DIRECT, form, violations);
            assertThatThrownBy(violations::throwIfAny).hasMessageContaining("直接报送仅限中央驻鲁及省属企业")
                    .hasMessageContaining("请选择所在市工业和信息化局");
        }
        Violations city = new Violations();
        ApplicationForm.requireUnitConditions(SHANDONG_CITY, new java.util.HashMap<>(privateOne), city);
        assertThat(city.isEmpty()).as("a city takes any enterprise").isTrue();
    }

    /** Seed 001 annex 3 §1(1)3: 行业代码 of GB/T 4754-2017, its division within its section. */
    @ParameterizedTest
    @CsvSource({"C34", "c3421", "A01", "K70", "T98", "S9700"})
    void takes_an_industry_code_of_gb_t_4754(String code) {
        assertThat(ApplicationForm.parse(with(ApplicationProcess.INDUSTRY_CODE, code), 2026).industryCode()).isEqualTo(code.toUpperCase());
    }

    @ParameterizedTest
    @CsvSource({"C12", "A06", "U01", "C3", "CX4", "34", "K71"})
    void refuses_an_industry_code_outside_gb_t_4754_or_its_division_outside_its_section(String code) {
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.INDUSTRY_CODE, code), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("GB/T 4754-2017").hasMessageContaining("当前值：" + code.toUpperCase());
    }

    @Test
    void captures_the_profile_s_facts_and_refuses_them_missing_or_out_of_range() {
        Application application = ApplicationForm.parse(with(ApplicationProcess.FOUNDED_YEAR, 1998), 2026);
        assertThat(application).extracting(Application::legalRepresentative, Application::enterpriseNature, Application::foundedYear)
                .containsExactly("王建国", "PRIVATE", 1998);
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.FOUNDED_YEAR, 2027), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("创建年份须在 1800 至 2026 之间");
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.ENTERPRISE_NATURE, "BIG"), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("企业性质");
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.LEGAL_REPRESENTATIVE, " "), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("法定代表人");
    }

    @Test
    void refuses_a_loss_or_break_even_in_any_of_the_last_three_years_naming_the_year() {
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.PROFIT_YEAR_2, -12.5), 2026))
                .isInstanceOf(InvalidInput.class).hasMessage("申报条件（第九条）：须近三年连续保持盈利，2024年净利润为 -12.5 万元。");
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.PROFIT_YEAR_3, 0), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2025年净利润为 0 万元");
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.PROFIT_YEAR_1, "很多"), 2026))
                .isInstanceOf(InvalidInput.class).hasMessage("2023年净利润（万元）须为数字，最多两位小数（当前值：很多）。");
    }

    @Test
    void refuses_a_category_outside_the_six_of_article_10_and_a_method_year_in_the_future() {
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.SELECTION_CATEGORY, "7"), 2026))
                .isInstanceOf(InvalidInput.class).hasMessage("遴选范围类别须在 1 至 6 之间（当前值：7）。");
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.METHOD_SINCE_YEAR, 2027), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("方法开始应用年份须在 1949 至 2026 之间");
    }

    @Test
    void refuses_missing_fields_and_a_malformed_phone() {
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.ENTERPRISE_NAME, " "), 2026))
                .isInstanceOf(InvalidInput.class).hasMessage("企业名称为必填项。");
        assertThatThrownBy(() -> ApplicationForm.parse(with(ApplicationProcess.CONTACT_PHONE, "call me"), 2026))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("联系电话只能包含数字");
    }

    @Test
    void names_every_broken_rule_of_a_submission_at_once_one_to_a_line() {
        Map<String, Object> form = with(ApplicationProcess.CREDIT_CODE, "91320500MA1MX00001");
        form.put(ApplicationProcess.COMMITS_TO_SHARE, false);
        form.put(ApplicationProcess.ABSTRACT, "字".repeat(501));
        form.put(ApplicationProcess.CONTACT_PHONE, "call me");
        form.put(ApplicationProcess.PROFIT_YEAR_2, -12.5);

        assertThatThrownBy(() -> ApplicationForm.parse(form, 2026)).isInstanceOf(InvalidInput.class).hasMessage("""
                请修改以下 5 处后再提交：
                1. 统一社会信用代码无效（当前值：91320500MA1MX00001）：须为 18 位且校验位正确。
                2. 申报条件（《全国质量标杆遴选管理办法》第九条）：须声明“在不涉及商业机密的情况下，积极参与相关的分享交流活动”方可申报。
                3. 摘要不得超过 500 字（当前 501 字）。
                4. 联系电话只能包含数字、空格和 + - ( )，7 至 20 位（当前值：call me）。
                5. 申报条件（第九条）：须近三年连续保持盈利，2024年净利润为 -12.5 万元。""");
    }
}
