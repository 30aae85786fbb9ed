package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The start form's limits are the server's: every free-text field the form caps at n characters is accepted with n
 * and refused with n + 1 by the server (naming the field), and every year the form bounds below is refused one below.
 * A limit changed in the form or in ApplicationForm alone fails here, field by field.
 */
class ApplicationFormContractTest {

    private static final int YEAR = 2026;
    private static final String ENTERPRISE = "华东精密机械股份有限公司";

    record Limit(String key, String label, int value) {
        @Override
        public String toString() {
            return key + " " + value;
        }
    }

    static Stream<Arguments> lengths() throws IOException {
        return limits("maxLength").stream().map(Arguments::of);
    }

    static Stream<Arguments> minimums() throws IOException {
        return limits("min").stream().map(Arguments::of);
    }

    /** The start form's fields with the given limit; patterned fields (codes) have their own tests. */
    private static List<Limit> limits(String kind) throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms", "application-start.form").toFile());
        List<Limit> limits = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            JsonNode validate = component.path("validate");
            if (validate.has(kind) && !validate.has("pattern")) {
                limits.add(new Limit(component.path("key").asText(), component.path("label").asText().split("[（(]")[0].strip(),
                        validate.get(kind).asInt()));
            }
        }
        assertThat(limits).as("fields limited by " + kind).isNotEmpty();
        return limits;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengths")
    void takes_as_many_characters_as_the_form_allows_and_refuses_one_more(Limit limit) {
        assertThatCode(() -> ApplicationForm.parse(filled(limit.key(), limit.value()), YEAR)).as(limit.key() + " at its limit")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ApplicationForm.parse(filled(limit.key(), limit.value() + 1), YEAR)).as(limit.key() + " over it")
                .isInstanceOf(InvalidInput.class).hasMessageContaining(limit.label());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minimums")
    void takes_the_earliest_year_the_form_allows_and_refuses_the_year_before(Limit limit) {
        Map<String, Object> earliest = TestApplications.form("jiangsu", ENTERPRISE, TestApplications.JIANGSU_CODE);
        earliest.put(limit.key(), limit.value());
        assertThatCode(() -> ApplicationForm.parse(earliest, YEAR)).doesNotThrowAnyException();
        earliest.put(limit.key(), limit.value() - 1);
        assertThatThrownBy(() -> ApplicationForm.parse(earliest, YEAR)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining(String.valueOf(limit.value()));
    }

    /** A valid application whose field is {@code length} characters long, the rest kept consistent with it. */
    private static Map<String, Object> filled(String key, int length) {
        Map<String, Object> form = TestApplications.form("jiangsu", ENTERPRISE, TestApplications.JIANGSU_CODE);
        switch (key) {
            case ApplicationProcess.OTHER_RECOMMENDING_UNIT -> {
                // read only under the other option (a unit of a province the administrator added)
                form.put(ApplicationProcess.RECOMMENDING_UNIT, ApplicationProcess.OTHER_UNIT);
                form.put(key, "z".repeat(length));
            }
            case ApplicationProcess.BENCHMARK_NAME -> form.put(key, ENTERPRISE + "质".repeat(length - ENTERPRISE.length() - 3) + "的经验");
            case ApplicationProcess.ENTERPRISE_NAME -> {
                // a long name: the benchmark is named after the short name, as the naming rule allows
                form.put(key, "华东" + "精".repeat(length - 6) + "有限公司");
                form.put(ApplicationProcess.ENTERPRISE_SHORT_NAME, "华东精机");
                form.put(ApplicationProcess.BENCHMARK_NAME, "华东精机实施六西格玛设计的经验");
            }
            case ApplicationProcess.ENTERPRISE_SHORT_NAME -> {
                String shortName = "华东" + "精".repeat(length - 2);
                form.put(key, shortName);
                form.put(ApplicationProcess.BENCHMARK_NAME, shortName + "实施的经验");
            }
            default -> form.put(key, "质".repeat(length));
        }
        return form;
    }
}
