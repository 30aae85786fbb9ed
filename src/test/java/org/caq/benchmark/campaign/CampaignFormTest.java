package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.junit.jupiter.api.Test;

class CampaignFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final List<RecommendingUnit> NATIONAL = List.of(
            new RecommendingUnit("jiangsu", "national", "江苏省工业和信息化厅", RecommendingUnit.Kind.PROVINCE, 3),
            new RecommendingUnit("shandong", "national", "山东省工业和信息化厅", RecommendingUnit.Kind.PROVINCE, 3),
            new RecommendingUnit("caq", "national", "中国质量协会", RecommendingUnit.Kind.NATIONAL_ASSOCIATION, 3));
    static final List<RecommendingUnit> JIANGSU = List.of(
            new RecommendingUnit("jiangsu-nanjing", "jiangsu", "南京市工业和信息化局", RecommendingUnit.Kind.CITY, 2),
            new RecommendingUnit("jiangsu-suzhou", "jiangsu", "苏州市工业和信息化局", RecommendingUnit.Kind.CITY, 2));
    static final Function<String, List<RecommendingUnit>> PROVINCES = directory -> switch (directory) {
        case "national" -> NATIONAL;
        case "jiangsu" -> JIANGSU;
        case "shandong" -> List.of(new RecommendingUnit("shandong-jinan", "shandong", "济南市工业和信息化局", RecommendingUnit.Kind.CITY, 2));
        default -> List.of();
    };

    static final LevelRules RULES = new LevelRules();

    static Map<String, Object> national2026() {
        Map<String, Object> form = new HashMap<>();
        form.put(CampaignProcess.YEAR, 2026);
        form.put(CampaignProcess.LEVEL, "national");
        form.put(CampaignProcess.ORGANISER, "中国质量协会");
        form.put(CampaignProcess.FOCUS_AREAS, "供应链管理\n智能制造");
        form.put(CampaignProcess.APPLICATION_OPENS, "2026-05-15");
        form.put(CampaignProcess.APPLICATION_CLOSES, "2026-07-05");
        form.put(CampaignProcess.RECOMMENDATION_DEADLINE, "2026-07-20");
        return form;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> form = national2026();
        form.put(key, value);
        return form;
    }

    @Test
    void reads_a_national_campaign_and_numbers_it_by_year_and_level() {
        Campaign campaign = CampaignForm.parse(national2026(), PROVINCES, RULES::of, TODAY).campaign();
        assertThat(campaign.number()).isEqualTo("2026-national");
        assertThat(campaign.focusAreas()).containsExactly("供应链管理", "智能制造");
        assertThat(campaign.province()).isNull();
        assertThat(campaign.recommendationDeadline()).isEqualTo(LocalDate.of(2026, 7, 20));
    }

    @Test
    void reads_a_provincial_campaign_numbered_by_its_province() {
        Map<String, Object> form = with(CampaignProcess.LEVEL, "provincial");
        form.put(CampaignProcess.PROVINCE, "jiangsu");
        assertThat(CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).campaign().number()).isEqualTo("2026-jiangsu");
    }

    @Test
    void takes_a_day_for_deciding_and_publishing_the_results_only_after_the_recommendation_deadline_within_the_year() {
        Map<String, Object> form = with(CampaignProcess.LEVEL, "provincial");
        form.put(CampaignProcess.PROVINCE, "jiangsu");
        form.put(CampaignProcess.RESULTS_DUE_BY, "2026-07-31");
        Campaign campaign = CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).campaign();
        assertThat(CampaignForm.resultsDueBy(form, campaign)).contains(java.time.LocalDate.of(2026, 7, 31));
        form.put(CampaignProcess.RESULTS_DUE_BY, "");
        assertThat(CampaignForm.resultsDueBy(form, campaign)).isEmpty();
        for (String wrong : new String[] {campaign.recommendationDeadline().toString(), "2027-01-15"}) {
            form.put(CampaignProcess.RESULTS_DUE_BY, wrong);
            assertThatThrownBy(() -> CampaignForm.parse(form, PROVINCES, RULES::of, TODAY)).isInstanceOf(InvalidInput.class)
                    .hasMessage("遴选结果确定和发布期限须晚于推荐截止日期（" + campaign.recommendationDeadline() + "），且在2026年内（当前值："
                            + wrong + "）。");
        }
    }

    @Test
    void reads_a_province_an_administrator_added_from_its_code_under_the_other_option() {
        Map<String, Object> form = with(CampaignProcess.LEVEL, "provincial");
        form.put(CampaignProcess.PROVINCE, CampaignProcess.PROVINCE_OTHER);
        assertThatThrownBy(() -> CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessage("省份代码为必填项。");
        form.put(CampaignProcess.OTHER_PROVINCE, "shandong");
        assertThat(CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).campaign().number()).isEqualTo("2026-shandong");
        form.put(CampaignProcess.OTHER_PROVINCE, "xizang");
        assertThatThrownBy(() -> CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("省份 xizang 尚无本省推荐单位名录");
    }

    @Test
    void refuses_a_provincial_campaign_without_a_province_of_the_directory() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.LEVEL, "provincial"), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessage("省份为必填项。");
        Map<String, Object> form = with(CampaignProcess.LEVEL, "provincial");
        form.put(CampaignProcess.PROVINCE, "xizang");
        assertThatThrownBy(() -> CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("省份 xizang 尚无本省推荐单位名录");
    }

    @Test
    void refuses_an_unknown_level() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.LEVEL, "city"), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("遴选级别无效（当前值：city）");
    }

    @Test
    void refuses_a_year_before_the_first_selection_or_beyond_next_year() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.YEAR, 2011), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessage("年度须在 2012 至 2027 之间（当前值：2011）。");
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.YEAR, 2028), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("当前值：2028");
    }

    @Test
    void refuses_a_window_that_closes_before_it_opens() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.APPLICATION_CLOSES, "2026-05-15"), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class)
                .hasMessage("申报截止日期须晚于申报开始日期 2026-05-15（当前值：2026-05-15）。");
    }

    @Test
    void refuses_a_recommendation_deadline_not_after_the_window_closes() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.RECOMMENDATION_DEADLINE, "2026-07-05"), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class)
                .hasMessage("推荐截止日期须晚于申报截止日期 2026-07-05，给推荐单位留出审核时间（当前值：2026-07-05）。");
    }

    @Test
    void refuses_a_window_opening_outside_the_campaign_year() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.APPLICATION_OPENS, "2025-12-31"), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessage("申报开始日期须在2026年内（当前值：2025-12-31）。");
    }

    @Test
    void refuses_missing_or_overlong_organiser_and_focus_areas() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.ORGANISER, ""), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessage("组织单位为必填项。");
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.ORGANISER, "会".repeat(101)), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessage("组织单位不得超过 100 字（当前 101 字）。");
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.FOCUS_AREAS, null), PROVINCES, RULES::of, TODAY).campaign())
                .isInstanceOf(InvalidInput.class).hasMessage("重点关注领域为必填项。");
    }

    @Test
    void gives_every_unit_its_default_quota_five_to_units_with_their_own_activity_and_the_office_s_lower_settings() {
        Map<String, Object> form = with(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, List.of("jiangsu"));
        form.put(CampaignProcess.QUOTA_ADJUSTMENTS, "jiangsu=4\nshandong ＝ 0");

        assertThat(CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).quotas())
                .containsExactlyInAnyOrderEntriesOf(Map.of("jiangsu", 4, "shandong", 0, "caq", 3));
    }

    /** Seed 000 §五: in 2012 each provincial unit and national association recommends 1-2, with no raise to 5. */
    @Test
    void gives_every_unit_of_2012_two_places_as_that_year_s_notice_says_and_no_more_for_an_own_activity() {
        Map<String, Object> of2012 = national(2012);
        assertThat(CampaignForm.parse(of2012, PROVINCES, RULES::of, TODAY).quotas())
                .containsExactlyInAnyOrderEntriesOf(Map.of("jiangsu", 2, "shandong", 2, "caq", 2));
        of2012.put(CampaignProcess.QUOTA_ADJUSTMENTS, "jiangsu=1");
        assertThat(CampaignForm.parse(of2012, PROVINCES, RULES::of, TODAY).quotas()).containsEntry("jiangsu", 1);

        of2012.put(CampaignProcess.QUOTA_ADJUSTMENTS, "caq=3");
        assertThatThrownBy(() -> CampaignForm.parse(of2012, PROVINCES, RULES::of, TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("2012年每个推荐单位可推荐 1—2 个（工信厅科〔2012〕64号第五部分）");
        of2012.remove(CampaignProcess.QUOTA_ADJUSTMENTS);
        of2012.put(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, List.of("jiangsu"));
        assertThatThrownBy(() -> CampaignForm.parse(of2012, PROVINCES, RULES::of, TODAY)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("不因开展过本地区、本行业质量标杆活动增加名额");
        assertThat(CampaignForm.parse(national(2013), PROVINCES, RULES::of, TODAY).quotas())
                .as("a year without a rule of its own keeps seed 001's three").containsEntry("caq", 3);
    }

    private static Map<String, Object> national(int year) {
        Map<String, Object> form = national2026();
        form.put(CampaignProcess.YEAR, year);
        form.put(CampaignProcess.APPLICATION_OPENS, year + "-05-15");
        form.put(CampaignProcess.APPLICATION_CLOSES, year + "-07-05");
        form.put(CampaignProcess.RECOMMENDATION_DEADLINE, year + "-07-20");
        return form;
    }

    /** Seed 001 §1(2)3: 3 for every unit, up to 5 only for a unit that ran its own benchmark activity. */
    @Test
    void refuses_a_fourth_place_to_a_unit_not_marked_as_running_its_own_activity() {
        Map<String, Object> form = with(CampaignProcess.QUOTA_ADJUSTMENTS, "caq=4");

        assertThatThrownBy(() -> CampaignForm.parse(form, PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("中国质量协会（caq）的推荐名额最多 3 项（当前值：4）");
        form.put(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, List.of("caq"));
        assertThat(CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).quotas()).containsEntry("caq", 4);
    }

    /** Seed 002 §五: each city recommends 1–2; nothing in the notice lets the province give more. */
    @Test
    void keeps_a_jiangsu_city_within_the_two_of_its_notice() {
        Map<String, Object> form = with(CampaignProcess.LEVEL, "provincial");
        form.put(CampaignProcess.PROVINCE, "jiangsu");
        form.put(CampaignProcess.QUOTA_ADJUSTMENTS, "jiangsu-nanjing=3");

        assertThatThrownBy(() -> CampaignForm.parse(form, PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("南京市工业和信息化局（jiangsu-nanjing）的推荐名额最多 2 项");
    }

    @Test
    void gives_provincial_units_their_default_quota_and_ignores_the_national_five() {
        Map<String, Object> form = with(CampaignProcess.LEVEL, "provincial");
        form.put(CampaignProcess.PROVINCE, "jiangsu");
        form.put(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, List.of("jiangsu"));

        assertThat(CampaignForm.parse(form, PROVINCES, RULES::of, TODAY).quotas())
                .containsExactlyInAnyOrderEntriesOf(Map.of("jiangsu-nanjing", 2, "jiangsu-suzhou", 2));
    }

    @Test
    void refuses_a_quota_above_five_an_unknown_unit_or_a_malformed_line() {
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.QUOTA_ADJUSTMENTS, "caq=6"), PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessage("推荐名额最多 5 项（caq 当前值：6）。");
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.QUOTA_ADJUSTMENTS, "caq=5"), PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("最多 3 项");
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.QUOTA_ADJUSTMENTS, "xpcc=2"), PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("单位代码 xpcc 不在本次遴选的推荐单位名录中");
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.QUOTA_ADJUSTMENTS, "caq"), PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("名额调整格式应为“单位代码=名额”");
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, "nowhere"), PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("单位代码 nowhere 不在本次遴选的推荐单位名录中");
    }

    /** Art. 21 and seed 004 publicise the list; seed 002 (Jiangsu) has no publicity, so its office may leave it out. */
    @Test
    void lets_only_a_level_whose_notice_has_no_publicity_run_without_one() {
        assertThat(CampaignForm.parse(national2026(), PROVINCES, RULES::of, TODAY).withPublicity()).as("publicity by default").isTrue();
        assertThatThrownBy(() -> CampaignForm.parse(with(CampaignProcess.WITH_PUBLICITY, false), PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须经公示（全国质量标杆）");
        Map<String, Object> shandong = with(CampaignProcess.WITH_PUBLICITY, false);
        shandong.put(CampaignProcess.LEVEL, "provincial");
        shandong.put(CampaignProcess.PROVINCE, "shandong");
        assertThatThrownBy(() -> CampaignForm.parse(shandong, PROVINCES, RULES::of, TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须经公示（山东省质量标杆）");
        Map<String, Object> jiangsu = new HashMap<>(shandong);
        jiangsu.put(CampaignProcess.PROVINCE, "jiangsu");
        assertThat(CampaignForm.parse(jiangsu, PROVINCES, RULES::of, TODAY).withPublicity()).isFalse();
        jiangsu.put(CampaignProcess.WITH_PUBLICITY, true);
        assertThat(CampaignForm.parse(jiangsu, PROVINCES, RULES::of, TODAY).withPublicity()).isTrue();
    }
}
