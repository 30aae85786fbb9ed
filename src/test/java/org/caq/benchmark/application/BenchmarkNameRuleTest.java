package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caq.benchmark.InvalidInput;
import org.junit.jupiter.api.Test;

/** Seed 001 annex 3 §1(1)1: "(enterprise) + (typical method or technique) + 经验". */
class BenchmarkNameRuleTest {

    @Test
    void accepts_enterprise_plus_method_plus_experience_with_full_or_short_enterprise_name() {
        assertThatCode(() -> BenchmarkNameRule.check("华东精密机械股份有限公司实施六西格玛设计的经验", "华东精密机械股份有限公司", null))
                .doesNotThrowAnyException();
        assertThatCode(() -> BenchmarkNameRule.check("华东精机推行精益生产的经验", "华东精密机械股份有限公司", "华东精机"))
                .doesNotThrowAnyException();
    }

    @Test
    void refuses_a_name_that_does_not_end_with_experience() {
        assertThatThrownBy(() -> BenchmarkNameRule.check("华东精密实施六西格玛设计", "华东精密机械股份有限公司", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("以“经验”结尾").hasMessageContaining("当前值：华东精密实施六西格玛设计");
    }

    @Test
    void refuses_the_bare_enterprise_name_with_or_without_experience() {
        assertThatThrownBy(() -> BenchmarkNameRule.check("华东精密机械股份有限公司经验", "华东精密机械股份有限公司", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不能只是企业名称");
        assertThatThrownBy(() -> BenchmarkNameRule.check("华东精密机械股份有限公司的经验", "华东精密机械股份有限公司", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不能只是企业名称");
        assertThatThrownBy(() -> BenchmarkNameRule.check("华东精密机械股份有限公司X经验", "华东精密机械股份有限公司", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须写明所运用的典型方法或技术");
        assertThatThrownBy(() -> BenchmarkNameRule.check("华东精机经验", "华东精密机械股份有限公司", "华东精机"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不能只是企业名称");
    }

    @Test
    void refuses_a_name_that_does_not_start_with_the_enterprise_or_its_declared_short_name() {
        assertThatThrownBy(() -> BenchmarkNameRule.check("实施六西格玛设计的经验", "华东精密机械股份有限公司", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须以企业名称开头");
        assertThatThrownBy(() -> BenchmarkNameRule.check("华东精机推行精益生产的经验", "华东精密机械股份有限公司", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须以企业名称开头");
        assertThatThrownBy(() -> BenchmarkNameRule.check("东方精机推行精益生产的经验", "华东精密机械股份有限公司", "华东精机"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("须以企业名称或企业简称开头");
    }
}
