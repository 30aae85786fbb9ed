package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A careless administrator redeploys the application model through {@code /engine-rest/deployment/create}, as
 * docs/administration.md writes it (the model with every form): each mistake that would otherwise pass the engine and
 * break every new case is refused with 400, naming the file, the line, the element (id and name) and the reason in
 * Chinese and English, every mistake of the deployment at once; nothing of a refused deployment is stored and the
 * latest version stays the one cases start on. A correct redeploy becomes the new version.
 */
@BenchmarkSpringTest
class RedeployIT {

    private static final String FILE = "benchmark-application.bpmn";

    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    private final ObjectMapper json = new ObjectMapper();

    private static String model() {
        return HostileModels.applicationModel();
    }

    @Test
    void refuses_a_misspelt_bean_in_an_assignee_naming_file_line_element_and_reason() {
        String bpmn = replace(model(), "camunda:assignee=\"${applicationCases.applicantOf(execution)}\" camunda:formRef=\"application-materials\"",
                "camunda:assignee=\"${applicantCases.applicantOf(execution)}\" camunda:formRef=\"application-materials\"");

        JsonNode answer = refused(bpmn);

        int line = HostileModels.lineOf(bpmn, "UserTask_UploadMaterials");
        assertThat(answer.path("message").asText()).contains(FILE + ":" + line + ": UserTask_UploadMaterials（上传申报材料）: "
                + "表达式 ${applicantCases.applicantOf(execution)} 不允许：applicantCases 不是本系统的 Bean（不能在流程变量或其他对象上调用方法） / "
                + "expression ${applicantCases.applicantOf(execution)} is not allowed: applicantCases is not a bean of the procedure");
        assertThat(errors(answer)).singleElement().satisfies(error -> {
            assertThat(error.path("mainElementId").asText()).isEqualTo("UserTask_UploadMaterials");
            assertThat(error.path("line").asInt()).isEqualTo(line);
            assertThat(error.path("message").asText()).startsWith("UserTask_UploadMaterials（上传申报材料）: 表达式");
        });
    }

    @Test
    void refuses_a_method_the_bean_does_not_have_and_a_call_with_the_wrong_number_of_arguments() {
        String bpmn = replace(model(), "camunda:assignee=\"${applicationCases.applicantOf(execution)}\" camunda:formRef=\"application-materials\"",
                "camunda:assignee=\"${applicationCases.applicantOff(execution)}\" camunda:formRef=\"application-materials\"");
        bpmn = replace(bpmn, "camunda:assignee=\"${applicationCases.applicantOf(execution)}\" camunda:formRef=\"application-supplement\"",
                "camunda:assignee=\"${applicationCases.applicantOf(execution, 'supplement')}\" camunda:formRef=\"application-supplement\"");

        JsonNode answer = refused(bpmn);

        assertThat(errors(answer)).extracting(error -> error.path("mainElementId").asText(), error -> error.path("line").asInt())
                .containsExactlyInAnyOrder(tuple("UserTask_UploadMaterials", HostileModels.lineOf(bpmn, "UserTask_UploadMaterials")),
                        tuple("UserTask_SupplementApplication", HostileModels.lineOf(bpmn, "UserTask_SupplementApplication")));
        assertThat(answer.path("message").asText())
                .contains("不允许：Bean applicationCases 没有接受 1 个参数的方法 applicantOff / expression ${applicationCases.applicantOff(execution)} "
                        + "is not allowed: bean applicationCases has no method applicantOff taking 1 argument(s)")
                .contains("UserTask_SupplementApplication（补正申报）: 表达式 ${applicationCases.applicantOf(execution, 'supplement')} 不允许："
                        + "Bean applicationCases 没有接受 2 个参数的方法 applicantOf");
    }

    @Test
    void refuses_a_condition_calling_an_unknown_bean_and_a_delegate_that_is_no_delegate_together_with_the_other_mistakes() {
        String bpmn = replace(model(), "${recommendationDecision == 'decline'}", "${recommendationCases.declined(execution)}");
        bpmn = replace(bpmn, "camunda:delegateExpression=\"${submitApplicationDelegate}\"", "camunda:delegateExpression=\"${applicationCases}\"");
        bpmn = replace(bpmn, "camunda:assignee=\"${applicationCases.applicantOf(execution)}\" camunda:formRef=\"application-materials\"",
                "camunda:assignee=\"${applicantCases.applicantOf(execution)}\" camunda:formRef=\"application-materials\"");

        JsonNode answer = refused(bpmn);

        assertThat(errors(answer)).extracting(error -> error.path("mainElementId").asText())
                .containsExactlyInAnyOrder("Flow_Decline", "ServiceTask_SubmitApplication", "UserTask_UploadMaterials");
        assertThat(answer.path("message").asText())
                .contains(FILE + ":" + HostileModels.lineOf(bpmn, "Flow_Decline") + ": Flow_Decline（不予推荐）: 表达式 ${recommendationCases.declined(execution)} "
                        + "不允许：recommendationCases 不是本系统的 Bean")
                .contains("服务任务表达式 ${applicationCases} 指向的 Bean 不是 JavaDelegate，不能用在这里 / delegate expression "
                        + "${applicationCases} names a bean that is not a JavaDelegate");
    }

    @Test
    void refuses_malformed_xml_naming_the_file_line_and_column() {
        String bpmn = model();
        int line = HostileModels.lineOf(bpmn, "UserTask_UploadMaterials");
        bpmn = replace(bpmn, "<bpmn:userTask id=\"UserTask_UploadMaterials\"", "<bpmn:userTask id=\"UserTask_UploadMaterials\" name=\"未闭合");

        JsonNode answer = refused(bpmn);

        assertThat(answer.path("message").asText()).contains(FILE + ":" + line + ": 不是格式正确的 XML（第 " + line + " 行第 ")
                .contains(" / not well-formed XML (line " + line + ", column ");
        assertThat(errors(answer)).singleElement().satisfies(error -> {
            assertThat(error.path("line").asInt()).isEqualTo(line);
            assertThat(error.path("column").asInt()).isPositive();
        });
    }

    @Test
    void refuses_a_model_the_engine_s_own_parser_refuses_with_the_element_line_and_a_chinese_lead() {
        String bpmn = replace(model(), "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${applicationCases.materialsDueAt(execution)}</bpmn:timeDate>", "");

        JsonNode answer = refused(bpmn);

        assertThat(errors(answer)).singleElement().satisfies(error -> {
            assertThat(error.path("mainElementId").asText()).isEqualTo("BoundaryEvent_MaterialsDeadlinePassed");
            assertThat(error.path("line").asInt()).isPositive();
            assertThat(error.path("message").asText()).isEqualTo("BoundaryEvent_MaterialsDeadlinePassed（推荐截止）: 流程引擎无法解析此处："
                    + "Timer needs configuration (either timeDate, timeCycle or timeDuration is needed). / the engine's parser refuses "
                    + "it: Timer needs configuration (either timeDate, timeCycle or timeDuration is needed).");
        });
    }

    @Test
    void refuses_a_form_that_is_not_json_and_a_timer_the_engine_cannot_read_naming_their_files() {
        Map<String, String> files = withForms(Map.of(FILE, replace(model(),
                "${applicationCases.materialsDueAt(execution)}</bpmn:timeDate>", "2027-07-05T17:61:00</bpmn:timeDate>")));
        files.put("application-materials.form", "{\n  \"id\": \"application-materials\",\n  \"components\": [\n}");

        JsonNode answer = deploy("careless-redeploy", files, 400);

        assertThat(answer.path("details").path("application-materials.form").path("errors")).singleElement().satisfies(error ->
                assertThat(error.path("line").asInt()).isEqualTo(4));
        assertThat(answer.path("message").asText())
                .contains("application-materials.form:4: 不是有效的 JSON（第 4 行第 1 列）")
                .contains("BoundaryEvent_MaterialsDeadlinePassed（推荐截止）: timeDate 的值 2027-07-05T17:61:00 无法识别");
    }

    @Test
    void refuses_through_the_webapps_api_alike() {
        WebSession admin = new WebSession(port);
        admin.login("cockpit", "admin", "admin");
        long before = deploymentCount();
        String boundary = "redeployboundary";
        StringBuilder body = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "careless-redeploy\r\n");
        withForms(Map.of(FILE, replace(model(), "${applicationCases.applicantOf(execution)}", "${applicantCases.applicantOf(execution)}")))
                .forEach((file, content) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                        .append(file).append("\"; filename=\"").append(file).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");

        HttpResponse<String> answer = admin.post("/camunda/api/engine/engine/default/deployment/create",
                "multipart/form-data; boundary=" + boundary, body.toString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("部署被拒绝").contains(FILE + ":" + HostileModels.lineOf(model(), "UserTask_UploadMaterials")
                + ": UserTask_UploadMaterials（上传申报材料）: 表达式 ${applicantCases.applicantOf(execution)} 不允许");
        assertThat(deploymentCount()).isEqualTo(before);
    }

    @Test
    void deploys_a_correct_redeploy_as_the_new_version() {
        String before = latestApplicationDefinition();

        JsonNode answer = deploy("benchmark-application-redeployed", withForms(Map.of(FILE, model())), 200);

        String deployed = answer.path("deployedProcessDefinitions").fieldNames().next();
        assertThat(deployed).startsWith("benchmark-application:").isNotEqualTo(before);
        assertThat(latestApplicationDefinition()).isEqualTo(deployed);
    }

    /** Deploys the model with every form and expects the refusal; nothing is stored, cases still start on the same version. */
    private JsonNode refused(String bpmn) {
        long before = deploymentCount();
        String latest = latestApplicationDefinition();

        JsonNode answer = deploy("careless-redeploy", withForms(Map.of(FILE, bpmn)), 400);

        assertThat(answer.path("type").asText()).isEqualTo("ParseException");
        assertThat(answer.path("message").asText()).startsWith("部署被拒绝，流程模型有以下问题（未部署任何内容） / Deployment refused, nothing was deployed: ");
        assertThat(deploymentCount()).isEqualTo(before);
        assertThat(latestApplicationDefinition()).isEqualTo(latest);
        return answer;
    }

    private static List<JsonNode> errors(JsonNode answer) {
        return Stream.of(answer.path("details").path(FILE).path("errors")).flatMap(errors -> {
            List<JsonNode> all = new java.util.ArrayList<>();
            errors.forEach(all::add);
            return all.stream();
        }).toList();
    }

    private JsonNode deploy(String name, Map<String, String> files, int status) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", name);
        body.add("deploy-changed-only", "false");
        files.forEach((file, content) -> body.add(file, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return file;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> answer = rest.withBasicAuth("admin", "admin").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.valueOf(status));
        try {
            return json.readTree(answer.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long deploymentCount() {
        return ((Number) rest.withBasicAuth("admin", "admin").getForObject("/engine-rest/deployment/count", Map.class).get("count")).longValue();
    }

    private String latestApplicationDefinition() {
        return (String) rest.withBasicAuth("admin", "admin")
                .getForObject("/engine-rest/process-definition/key/benchmark-application", Map.class).get("id");
    }

    private static String replace(String bpmn, String find, String replacement) {
        if (!bpmn.contains(find)) {
            throw new IllegalStateException("the model no longer contains " + find);
        }
        return bpmn.replace(find, replacement);
    }

    private static Map<String, String> withForms(Map<String, String> files) {
        Map<String, String> all = new LinkedHashMap<>(files);
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.sorted().toList()) {
                all.put(form.getFileName().toString(), Files.readString(form));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HashMap<>(all);
    }
}
