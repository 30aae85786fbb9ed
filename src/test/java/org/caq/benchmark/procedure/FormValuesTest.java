package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.caq.benchmark.InvalidInput;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    private static FormValues form(Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put("field", value);
        return new FormValues(values);
    }

    @Test
    void reads_a_whole_number_however_the_form_sent_it() {
        assertThat(form(2026).integer("field", "年度", 2012, 2030)).isEqualTo(2026);
        assertThat(form(2026.0).integer("field", "年度", 2012, 2030)).isEqualTo(2026);
        assertThat(form(2026L).integer("field", "年度", 2012, 2030)).isEqualTo(2026);
        assertThat(form(" 2026 ").integer("field", "年度", 2012, 2030)).isEqualTo(2026);
    }

    @Test
    void refuses_a_fraction_text_or_out_of_range_number_naming_the_field_and_value() {
        assertThatThrownBy(() -> form(2026.5).integer("field", "年度", 2012, 2030))
                .isInstanceOf(InvalidInput.class).hasMessage("年度须为整数（当前值：2026.5）。");
        assertThatThrownBy(() -> form("二〇二六").integer("field", "年度", 2012, 2030))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("二〇二六");
        assertThatThrownBy(() -> form(2011).integer("field", "年度", 2012, 2030))
                .isInstanceOf(InvalidInput.class).hasMessage("年度须在 2012 至 2030 之间（当前值：2011）。");
    }

    @Test
    void counts_text_length_in_characters_not_bytes_or_utf16_units() {
        String forty = "字".repeat(39) + "𠀀";
        assertThat(form(forty).text("field", "名称", 40)).isEqualTo(forty);
        assertThatThrownBy(() -> form(forty + "经").text("field", "名称", 40))
                .isInstanceOf(InvalidInput.class).hasMessage("名称不得超过 40 字（当前 41 字）。");
        assertThatThrownBy(() -> form("   ").text("field", "名称", 40))
                .isInstanceOf(InvalidInput.class).hasMessage("名称为必填项。");
    }

    @Test
    void reads_dates_from_the_form_or_a_timestamp_and_refuses_anything_else() {
        assertThat(form("2026-05-15").date("field", "日期")).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(form("2026-05-15T00:00:00").date("field", "日期")).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThatThrownBy(() -> form("15/05/2026").date("field", "日期"))
                .isInstanceOf(InvalidInput.class).hasMessage("日期须为 YYYY-MM-DD 格式的日期（当前值：15/05/2026）。");
    }

    @Test
    void reads_one_entry_per_line_within_the_limits() {
        assertThat(form("智能制造\n\n 供应链管理 \r\n").lines("field", "领域", 3, 10)).containsExactly("智能制造", "供应链管理");
        assertThatThrownBy(() -> form("a\nb\nc\nd").lines("field", "领域", 3, 10))
                .isInstanceOf(InvalidInput.class).hasMessage("领域最多 3 项（当前 4 项）。");
        assertThatThrownBy(() -> form("十一个字的关注领域名称").lines("field", "领域", 3, 10))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("每项不得超过 10 字");
    }

    @Test
    void accepts_only_a_listed_choice_and_names_every_option_when_refusing() {
        assertThat(form("dismiss").choice("field", "审议结论", List.of("uphold", "异议成立", "dismiss", "异议不成立"))).isEqualTo("dismiss");
        assertThatThrownBy(() -> form("maybe").choice("field", "审议结论", List.of("uphold", "异议成立", "dismiss", "异议不成立")))
                .isInstanceOf(InvalidInput.class).hasMessage("审议结论只能是 uphold（异议成立）或 dismiss（异议不成立）（当前值：maybe）。");
        assertThatThrownBy(() -> form(null).choice("field", "结论", List.of("a", "甲", "b", "乙", "c", "丙")))
                .isInstanceOf(InvalidInput.class).hasMessage("结论只能是 a（甲）、b（乙）或 c（丙）（当前值：null）。");
    }

    @Test
    void refuses_control_and_direction_characters_naming_the_field_and_the_character() {
        assertThatThrownBy(() -> form("华东\u0000精密").line("field", "企业名称", 100)).isInstanceOf(InvalidInput.class)
                .hasMessage("企业名称含有不允许的控制字符（U+0000）：只能包含可见文字和空格，请删除后重新提交。");
        assertThatThrownBy(() -> form("a\u001b[31mb").text("field", "摘要", 100))
                .hasMessage("摘要含有不允许的控制字符（U+001B）：只能包含可见文字、空格、制表符和换行，请删除后重新提交。");
        assertThatThrownBy(() -> form("叮\u0007").text("field", "评语", 100)).hasMessageContaining("（U+0007）");
        assertThatThrownBy(() -> form("公司\u202Egnp.exe").line("field", "企业名称", 100))
                .hasMessageStartingWith("企业名称含有不允许的文字方向控制字符（U+202E）");
        assertThatThrownBy(() -> form("\u2067隔离\u2069").text("field", "摘要", 100)).hasMessageContaining("（U+2067）");
        assertThatThrownBy(() -> form("半个\uD800字").line("field", "企业名称", 100)).hasMessageContaining("不完整的 Unicode 字符（U+D800）");
    }

    @Test
    void refuses_a_line_break_in_a_single_line_and_keeps_it_as_lf_in_a_text() {
        assertThatThrownBy(() -> form("华东精密\n机械").line("field", "企业名称", 100))
                .hasMessage("企业名称含有不允许的换行符（U+000A）：须为单行文字，请删除后重新提交。");
        assertThatThrownBy(() -> form("华东精密\r机械").optionalLine("field", "企业简称", 100)).hasMessageContaining("（U+000D）");
        assertThatThrownBy(() -> form("华东\tA").line("field", "企业名称", 100)).hasMessageContaining("控制字符（U+0009）");
        assertThat(form("一\r\n二\r三\u2028四\t五").text("field", "摘要", 100)).isEqualTo("一\n二\n三\n四\t五");
    }

    @Test
    void refuses_a_json_object_or_array_where_a_text_is_expected() {
        SpinJsonNode object = Spin.JSON("{\"name\": \"华东精密\"}");
        SpinJsonNode array = Spin.JSON("[\"华东精密\"]");
        for (Object value : List.of(object, array, Map.of("name", "华东精密"), List.of("华东精密"))) {
            assertThatThrownBy(() -> form(value).line("field", "企业名称", 100)).as(value.toString())
                    .hasMessage("企业名称须为文字，不能是 JSON 对象、数组或其他类型的值。");
        }
        assertThat(form(Spin.JSON("\"华东精密\"")).line("field", "企业名称", 100)).isEqualTo("华东精密");
        assertThat(form(2024).line("field", "年度", 10)).isEqualTo("2024");
        assertThatThrownBy(() -> form(Map.of("a", 1)).optionalList("field", "申报")).hasMessage("申报须为列表（JSON 数组或以逗号分隔的文字）。");
        assertThatThrownBy(() -> form(Spin.JSON("[{\"a\": 1}]")).optionalList("field", "申报"))
                .hasMessage("申报中的每一项须为文字，不能是 JSON 对象、数组或其他类型的值。");
        assertThat(form(Spin.JSON("[\"2026-national-0001\", 7]")).optionalList("field", "申报"))
                .containsExactly("2026-national-0001", "7");
    }
}
