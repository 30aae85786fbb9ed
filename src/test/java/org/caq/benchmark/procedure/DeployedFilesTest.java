package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file that cannot be read is refused naming where reading stopped; ids that must be unique are counted across files. */
class DeployedFilesTest {

    private final ProcessModelCheck check = new ProcessModelCheck(new ProcessModelCheck.Environment(
            ProcessModelCheckTest.BEANS, form -> true, group -> true));

    @Test
    void refuses_a_form_that_is_not_json_at_its_line_and_column_and_counts_it_by_its_file_stem() {
        Set<String> forms = new HashSet<>();

        assertThat(DeployedFiles.form("recommendation.form", bytes("{\n  \"id\": \"recommendation\",\n  \"components\": [\n}"), forms))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.elementId()).isNull();
                    assertThat(violation.line()).isEqualTo(4);
                    assertThat(violation.column()).isEqualTo(1);
                    assertThat(violation.zh()).startsWith("不是有效的 JSON（第 4 行第 1 列）：Unexpected close marker '}'")
                            .doesNotContain("Source");
                });
        assertThat(forms).containsExactly("recommendation");
    }

    @Test
    void refuses_a_form_without_an_id_and_a_second_form_with_the_same_id() {
        Set<String> forms = new HashSet<>();

        assertThat(DeployedFiles.form("a.form", bytes("{\"components\": []}"), forms)).extracting(Violation::en)
                .containsExactly("the form has no id (models reference forms by id with camunda:formRef)");
        assertThat(DeployedFiles.form("b.form", bytes("{\"id\": \"b\"}"), forms)).isEmpty();
        assertThat(DeployedFiles.form("c.form", bytes("{\"id\": \"b\"}"), forms)).extracting(Violation::en)
                .containsExactly("another form of this deployment has the id 'b'");
    }

    @Test
    void refuses_xml_that_is_not_well_formed_at_its_line_and_column() {
        String bpmn = "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
                + "  <process id=\"p\" isExecutable=\"true\">\n  </proces>\n</definitions>";

        assertThat(DeployedFiles.bpmn("p.bpmn", bytes(bpmn), null, check, new HashSet<>())).singleElement().satisfies(violation -> {
            assertThat(violation.line()).isEqualTo(4);
            assertThat(violation.column()).isPositive();
            assertThat(violation.zh()).startsWith("不是格式正确的 XML（第 4 行第 ");
            assertThat(violation.en()).startsWith("not well-formed XML (line 4, column ");
        });
    }

    @Test
    void refuses_a_document_type_so_that_no_external_entity_is_read() {
        String bpmn = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><documentation>&secret;</documentation></definitions>";

        assertThat(DeployedFiles.bpmn("p.bpmn", bytes(bpmn), null, check, new HashSet<>())).singleElement().satisfies(violation -> {
            assertThat(violation.line()).isEqualTo(2);
            assertThat(violation.en()).contains("DOCTYPE").doesNotContain("root:");
        });
    }

    @Test
    void refuses_well_formed_xml_that_is_not_bpmn_at_the_line_the_schema_names() {
        String bpmn = "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\" "
                + "targetNamespace=\"x\">\n  <process id=\"p\" isExecutable=\"true\">\n"
                + "    <sequenceFlow id=\"Flow_Nowhere\" sourceRef=\"StartEvent_Missing\" targetRef=\"EndEvent_Missing\"/>\n"
                + "  </process>\n</definitions>";

        assertThat(DeployedFiles.bpmn("p.bpmn", bytes(bpmn), null, check, new HashSet<>())).singleElement().satisfies(violation -> {
            assertThat(violation.line()).isEqualTo(6);
            assertThat(violation.zh()).startsWith("不是有效的 BPMN 2.0 模型（第 6 行）：cvc-id.1: There is no ID/IDREF binding");
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
