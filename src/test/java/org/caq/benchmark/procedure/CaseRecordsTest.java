package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A step reaches its case's record only through CaseRecords, which checks that the record belongs to the step's process
 * instance. Reading the business key anywhere else in the product's code would bring back the door of issue 14.
 */
class CaseRecordsTest {

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void no_code_but_case_records_reads_the_business_key_of_an_execution() {
        assertThat(sources()).filteredOn(file -> read(file).contains("getProcessBusinessKey("))
                .extracting(file -> file.getFileName().toString()).containsExactly("CaseRecords.java");
    }

    @Test
    void every_cases_bean_of_a_process_finds_its_record_through_case_records() {
        List<Path> cases = sources().stream().filter(file -> read(file).matches("(?s).*@Component\\(\"\\w+Cases\"\\).*"))
                .filter(file -> read(file).contains("DelegateExecution")).toList();

        assertThat(cases).extracting(file -> file.getFileName().toString()).contains("ApplicationCases.java",
                "CampaignCases.java", "ObjectionCases.java", "TitleCases.java", "DeliberationCases.java", "ReviewCases.java");
        assertThat(cases).allSatisfy(file -> assertThat(read(file)).as(file.toString())
                .containsAnyOf("CaseRecords.own(", "CampaignCases", "reviews.ofProcess(execution.getProcessInstanceId())"));
    }
}
