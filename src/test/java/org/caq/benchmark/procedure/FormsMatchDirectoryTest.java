package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Camunda Forms hold their options as data; the options that name recommending units must be exactly the
 * units of the directory files, so a change to a directory without the forms breaks here.
 */
class FormsMatchDirectoryTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"application-start", "application-revision", "application-supplement"})
    void offers_every_recommending_unit_of_every_directory(String form) throws IOException {
        // and, last, the unit of a province an administrator added, by its code (Measures Art. 7, AddedProvinceIT)
        List<String> offered = new java.util.ArrayList<>(directoryCodes());
        offered.add("other");
        assertThat(options(form, "recommendingUnit")).containsExactlyElementsOf(offered);
    }

    @Test
    void offers_the_national_units_for_the_raised_quota_and_the_provinces_that_have_a_directory() throws IOException {
        List<String> national = codes(new File("src/main/resources/directory/recommending-units.csv"));
        assertThat(options("campaign-start", "ranOwnActivityUnits")).containsExactlyElementsOf(national);
        // the shipped provinces by name, any province an administrator adds by its code (Measures Art. 7, AddedProvinceIT)
        assertThat(options("campaign-start", "province")).containsExactly("jiangsu", "shandong", "other");
    }

    private List<String> options(String form, String key) throws IOException {
        JsonNode components = json.readTree(new File("forms/" + form + ".form")).path("components");
        JsonNode field = StreamSupport.stream(components.spliterator(), false)
                .filter(component -> key.equals(component.path("key").asText())).findFirst().orElseThrow();
        return StreamSupport.stream(field.path("values").spliterator(), false).map(v -> v.path("value").asText()).toList();
    }

    private static List<String> directoryCodes() throws IOException {
        List<String> codes = new ArrayList<>(codes(new File("src/main/resources/directory/recommending-units.csv")));
        File[] provinces = new File("src/main/resources/directory/provinces").listFiles();
        Arrays.sort(provinces);
        for (File province : provinces) {
            codes.addAll(codes(province));
        }
        return codes;
    }

    private static List<String> codes(File csv) throws IOException {
        return Files.readAllLines(csv.toPath()).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("code,") && !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }
}
