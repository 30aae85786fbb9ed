package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void accepts_codes_whose_check_character_matches_gb_32100() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("91320500MA1MX0000R")).isTrue();
        assertThat(CreditCode.isValid("91110000100000000R")).isTrue();
    }

    @Test
    void refuses_a_wrong_check_character_a_wrong_length_or_letters_the_standard_excludes() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100I43")).isFalse();
        assertThat(CreditCode.isValid("9135AB00M000100Y43")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void reads_the_province_of_the_registering_authority() {
        assertThat(CreditCode.provinceCode("91370100MA3C00000E")).isEqualTo("37");
    }
}
