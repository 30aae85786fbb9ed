package org.caq.benchmark.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The enterprise's name in a task list: the short name it gave, or its name without the legal form. */
class CaseLabelsTest {

    @Test
    void takes_the_short_name_the_enterprise_gave() {
        assertThat(CaseLabels.shortName("华东精密机械股份有限公司", " 华东精机 ")).isEqualTo("华东精机");
    }

    @Test
    void drops_the_legal_form_and_keeps_at_most_ten_characters() {
        assertThat(CaseLabels.shortName("常熟智能装备股份有限公司", null)).isEqualTo("常熟智能装备");
        assertThat(CaseLabels.shortName("宁波精密制造有限公司", "")).isEqualTo("宁波精密制造");
        assertThat(CaseLabels.shortName("中国第一重型机械集团有限公司", null)).isEqualTo("中国第一重型机械");
        assertThat(CaseLabels.shortName("江苏省苏州工业园区精密电子元器件制造有限责任公司", null)).isEqualTo("江苏省苏州工业园区精");
        assertThat(CaseLabels.shortName("有限公司", null)).isEqualTo("有限公司");
    }
}
