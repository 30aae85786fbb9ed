package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The administrator redeploys through {@code /engine-rest/deployment/create} as an attacker holding that right would:
 * each model that would run code beyond the procedure's beans is refused with 400 (the engine's parse failure, which
 * Camunda's REST maps to Bad Request) naming file, element and reason in Chinese and English, and nothing of it is
 * deployed; a legal model with expressions of every allowed form deploys.
 */
@BenchmarkSpringTest
class HostileDeploymentIT {

    @Autowired TestRestTemplate rest;

    static Stream<HostileModels.Variant> variants() {
        return HostileModels.VARIANTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void refuses_a_hostile_model_with_400_naming_file_element_and_reason_and_deploys_nothing(HostileModels.Variant variant) {
        String name = "hostile-" + Integer.toHexString(variant.name().hashCode());

        ResponseEntity<Map> answer = deploy(name, withForms(Map.of("benchmark-application.bpmn",
                variant.apply(HostileModels.applicationModel()))));

        assertThat(answer.getStatusCode()).as(variant.name()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).as(variant.name())
                .contains("部署被拒绝").containsPattern("benchmark-application\\.bpmn:\\d+: " + variant.elementId() + "[（:]")
                .contains(" / ").contains(variant.reason());
        Map<String, Map<String, List<Map<String, Object>>>> details =
                (Map<String, Map<String, List<Map<String, Object>>>>) answer.getBody().get("details");
        // only the hostile element is named (an added script task is also in no lane: two errors, both its own)
        assertThat(details.get("benchmark-application.bpmn").get("errors")).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem).containsEntry("mainElementId", variant.elementId());
            assertThat((Integer) problem.get("line")).isPositive();
        });
        assertThat(deployments(name)).isEmpty();
    }

    @Test
    void refuses_a_model_with_something_hostile_in_every_evaluated_place() {
        ResponseEntity<Map> answer = deploy("hostile-everywhere", Map.of("hostile-everywhere.bpmn", HostileModels.EVERYWHERE));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message = (String) answer.getBody().get("message");
        HostileModels.EVERYWHERE_IDS.forEach(id -> assertThat(message).containsPattern("hostile-everywhere\\.bpmn:\\d+: " + id + "[（:]"));
        assertThat(message).doesNotContain("UserTask_Documented");
        assertThat(deployments("hostile-everywhere")).isEmpty();
    }

    @Test
    void refuses_a_model_whose_lanes_misplace_a_node_with_400_and_deploys_one_whose_lanes_hold() {
        String honest = ModelLanesTest.LANED.replace("id=\"lanes\"", "id=\"lanes-honest\"")
                .replace("processRef=\"lanes\"", "processRef=\"lanes-honest\"");
        String outside = ModelLanesTest.with("<dc:Bounds x=\"500\" y=\"207\"", "<dc:Bounds x=\"500\" y=\"57\"");

        ResponseEntity<Map> refused = deploy("hostile-lanes", Map.of("hostile-lanes.bpmn", outside));
        ResponseEntity<Map> accepted = deploy("lanes-honest", Map.of("lanes-honest.bpmn", honest));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("部署被拒绝")
                .containsPattern("hostile-lanes\\.bpmn:\\d+: EndEvent_Done（完成）: 属于泳道 Lane_Holder（称号单位），却画在该泳道之外")
                .contains("the node belongs to lane Lane_Holder but is drawn outside it");
        assertThat(deployments("hostile-lanes")).isEmpty();
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(deployments("lanes-honest")).hasSize(1);
    }

    @Test
    void refuses_a_decision_table_or_any_other_resource_but_bpmn_and_forms() {
        String dmn = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
                  <decision id="exec" name="exec"><literalExpression expressionLanguage="javascript">
                    <text>java.lang.Runtime.getRuntime().exec('id')</text></literalExpression></decision>
                </definitions>""";

        ResponseEntity<Map> answer = deploy("hostile-dmn", Map.of("exec.dmn", dmn));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).contains("exec.dmn: 只部署 BPMN 流程（.bpmn）和 Camunda 表单（.form）");
        assertThat(deployments("hostile-dmn")).isEmpty();
    }

    /**
     * A copy of the application under another key still starts at 依推荐申报 by the message that starts
     * benchmark-application: refused, naming the start event and the process that message starts (the engine alone
     * would answer 500, ENGINE-01011); nothing deployed.
     */
    @Test
    void refuses_a_copy_whose_message_start_waits_for_a_message_that_starts_another_process() {
        String copy = HostileModels.applicationModel()
                .replace("id=\"benchmark-application\"", "id=\"start-message-copy\"")
                .replace("processRef=\"benchmark-application\"", "processRef=\"start-message-copy\"");

        ResponseEntity<Map> answer = deploy("start-message-copy", withForms(Map.of("start-message-copy.bpmn", copy)));

        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).contains("start-message-copy.bpmn")
                .contains("StartEvent_AppliedFromNomination")
                .contains("消息 " + ApplicationProcess.APPLIED_FROM_NOMINATION + " 已用于启动流程 " + ApplicationProcess.KEY)
                .contains("already starts process " + ApplicationProcess.KEY);
        assertThat(deployments("start-message-copy")).isEmpty();
    }

    @Test
    void deploys_a_legal_model_using_variables_literals_comparisons_and_procedure_bean_methods() {
        String legal = HostileModels.applicationModel()
                .replace("id=\"benchmark-application\"", "id=\"legal-application-copy\"")
                .replace("processRef=\"benchmark-application\"", "processRef=\"legal-application-copy\"")
                // a message starts one process only (decision 0083): the copy's message start gets a message of its own
                .replace("name=\"" + ApplicationProcess.APPLIED_FROM_NOMINATION + "\"", "name=\"LegalCopyAppliedFromNomination\"")
                .replace("name=\"上传申报材料\"", "name=\"上传申报材料 ${applicationNumber}\"")
                .replace("${recommendationDecision == 'decline'}",
                        "${recommendationDecision == 'decline' &amp;&amp; !(empty applicationNumber) || false}");

        ResponseEntity<Map> answer = deploy("legal-application-copy", withForms(Map.of("legal-application-copy.bpmn", legal)));

        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(deployments("legal-application-copy")).hasSize(1);
    }

    private ResponseEntity<Map> deploy(String name, Map<String, String> files) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", name);
        files.forEach((file, content) -> body.add(file, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return file;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Requested-With", "XMLHttpRequest");
        return rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), Map.class);
    }

    private List<?> deployments(String name) {
        return rest.withBasicAuth("admin", "admin").getForObject("/engine-rest/deployment?name=" + name, List.class);
    }

    private static Map<String, String> withForms(Map<String, String> files) {
        var all = new java.util.HashMap<>(files);
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                all.put(form.getFileName().toString(), Files.readString(form));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
