package org.caq.benchmark.formreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caq.benchmark.application.Application;
import org.caq.benchmark.application.SelectionCategory;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.documents.DocumentKind;
import org.junit.jupiter.api.Test;

class EligibilityCheckTest {

    static final Campaign NATIONAL = campaign(CampaignLevel.NATIONAL, null);
    static final Campaign SHANDONG = campaign(CampaignLevel.PROVINCIAL, "shandong");
    static final Campaign JIANGSU = campaign(CampaignLevel.PROVINCIAL, "jiangsu");
    static final EligibilityCheck.Context CLEAN = new EligibilityCheck.Context(NATIONAL, true, List.of(), true, List.of());

    static Campaign campaign(CampaignLevel level, String province) {
        return new Campaign("2026-x", 2026, level, province, "中国质量协会", List.of("智能制造"),
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 7, 5), LocalDate.of(2026, 7, 20));
    }

    static Application application(String creditCode, SelectionCategory category, boolean sme, int methodSince) {
        return new Application("甲公司实施精益生产的经验", "甲公司", null, creditCode, "摘要", "概况", "应用", "效果", category, sme,
                "制造业", "山东济南", "shandong-jinan", methodSince, "张三", "0531-1234567",
                List.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN), "王建国", "PRIVATE", 1998, "C34");
    }

    private static List<String> unmet(List<Finding> findings) {
        return findings.stream().filter(finding -> !finding.met()).map(Finding::text).toList();
    }

    @Test
    void finds_nothing_wrong_with_a_clean_national_application() {
        assertThat(unmet(EligibilityCheck.findings(application("91370100MA3C00000E", SelectionCategory.QUALITY_MANAGEMENT, false, 2015), CLEAN)))
                .isEmpty();
    }

    @Test
    void flags_missing_materials_broken_checksums_a_foreign_unit_and_a_second_application() {
        EligibilityCheck.Context context = new EligibilityCheck.Context(NATIONAL, false, List.of(DocumentKind.SEALED_FORM),
                false, List.of("2026-national-0003"));

        assertThat(unmet(EligibilityCheck.findings(application("91370100MA3C00000E", SelectionCategory.QUALITY_MANAGEMENT, false, 2015), context)))
                .containsExactly("推荐单位属于本次遴选的推荐单位名录", "缺少申报材料：[加盖公章的申报书]",
                        "申报材料完整性校验（SHA-256）", "本企业在本次遴选中还有其他申报：[2026-national-0003]");
    }

    @Test
    void flags_an_sme_category_claimed_by_an_enterprise_not_declared_as_sme() {
        assertThat(unmet(EligibilityCheck.findings(application("91370100MA3C00000E", SelectionCategory.SME, false, 2015), CLEAN)))
                .singleElement().asString().contains("中小企业");
    }

    /** Seed 004 §一(一)1: registered in Shandong; its notice has no minimum years of use (Jiangsu's rule is not Shandong's). */
    @Test
    void checks_registration_in_shandong_and_no_years_of_use_for_a_shandong_selection() {
        EligibilityCheck.Context shandong = new EligibilityCheck.Context(SHANDONG, true, List.of(), true, List.of());

        assertThat(unmet(EligibilityCheck.findings(application("91370100MA3C00000E", SelectionCategory.QUALITY_MANAGEMENT, false, 2025), shandong)))
                .isEmpty();
        assertThat(EligibilityCheck.findings(application("91370100MA3C00000E", SelectionCategory.QUALITY_MANAGEMENT, false, 2025), shandong))
                .extracting(Finding::text).noneMatch(text -> text.contains("年以上"));
        assertThat(unmet(EligibilityCheck.findings(application("91320500MA1MX0000R", SelectionCategory.QUALITY_MANAGEMENT, false, 2024), shandong)))
                .containsExactly("在本省注册（统一社会信用代码行政区划码 32，本省为 37）");
    }

    /** Seed 002 §四(二)5: "标杆方法成熟，在本企业应用3年以上"; its enterprises are Jiangsu's ("我省工业企业"). */
    @Test
    void checks_registration_in_jiangsu_and_three_years_of_use_for_a_jiangsu_selection() {
        EligibilityCheck.Context jiangsu = new EligibilityCheck.Context(JIANGSU, true, List.of(), true, List.of());

        assertThat(unmet(EligibilityCheck.findings(application("91320500MA1MX0000R", SelectionCategory.QUALITY_MANAGEMENT, false, 2023), jiangsu)))
                .isEmpty();
        assertThat(unmet(EligibilityCheck.findings(application("91370100MA3C00000E", SelectionCategory.QUALITY_MANAGEMENT, false, 2024), jiangsu)))
                .containsExactly("在本省注册（统一社会信用代码行政区划码 37，本省为 32）", "标杆方法在本企业应用 3 年以上（自 2024 年起，2 年）");
    }
}
