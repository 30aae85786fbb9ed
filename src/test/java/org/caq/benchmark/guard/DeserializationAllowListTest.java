package org.caq.benchmark.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeserializationAllowListTest {

    @Test
    void allows_no_type_at_all_unless_one_is_listed_not_even_those_camunda_allows_by_default() {
        DeserializationAllowList.OnlyListed validator = new DeserializationAllowList.OnlyListed();
        validator.setAllowedClasses(null);
        validator.setAllowedPackages(null);

        assertThat(validator.validate("java.io.File")).isFalse();
        assertThat(validator.validate("java.lang.ProcessBuilder")).isFalse();
        assertThat(validator.validate("java.util.ArrayList")).isFalse();
        assertThat(validator.validate("java.lang.String")).isFalse();
    }

    @Test
    void allows_exactly_the_listed_classes_and_the_classes_of_listed_packages() {
        DeserializationAllowList.OnlyListed validator = new DeserializationAllowList.OnlyListed();
        validator.setAllowedClasses(" java.lang.String , java.util.ArrayList");
        validator.setAllowedPackages("org.caq.benchmark.values");

        assertThat(validator.validate("java.lang.String")).isTrue();
        assertThat(validator.validate("java.util.ArrayList")).isTrue();
        assertThat(validator.validate("org.caq.benchmark.values.Score")).isTrue();
        assertThat(validator.validate("org.caq.benchmark.valuesevil.Gadget")).isFalse();
        assertThat(validator.validate("java.util.HashMap")).isFalse();
    }
}
