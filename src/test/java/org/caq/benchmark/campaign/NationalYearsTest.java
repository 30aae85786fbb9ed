package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.caq.benchmark.InvalidInput;
import org.junit.jupiter.api.Test;

/** Seed 000 §五: 2012's national selection, 1-2 per unit and at most 50 national benchmarks; later years have no cap. */
class NationalYearsTest {

    @Test
    void holds_2012_to_two_places_a_unit_and_fifty_titles_and_leaves_other_years_to_the_standing_rules() {
        NationalYears.YearRule of2012 = NationalYears.of(2012).orElseThrow();
        assertThat(of2012.unitQuota()).isEqualTo(2);
        assertThat(of2012.maxTitles()).isEqualTo(50);
        assertThat(NationalYears.of(2013)).isEmpty();
        assertThat(NationalYears.of(2020)).isEmpty();
    }

    @Test
    void refuses_a_2012_final_list_of_fifty_one_naming_the_cap_and_its_notice() {
        NationalYears.YearRule of2012 = NationalYears.of(2012).orElseThrow();
        assertThatNoException().isThrownBy(() -> of2012.requireTitlesWithin(50));
        assertThatThrownBy(() -> of2012.requireTitlesWithin(51)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("2012年全国质量标杆不超过 50 个（工信厅科〔2012〕64号第五部分），遴选结果名单有 51 个");
    }
}
