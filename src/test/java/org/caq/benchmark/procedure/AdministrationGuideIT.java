package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shell commands of docs/administration.md, run as written (bash and curl) against the running application, with
 * only the server's address and the administrator's password filled in: the deploy command refuses a model with a
 * misspelt bean with 400 naming file, line and element, and deploys today's model as a new version; the plan written
 * by hand (here without an edit) moves the cases of one version, the migration loop every waiting case of the process
 * to the newest version, where the cases go on.
 */
@BenchmarkSpringTest
class AdministrationGuideIT {

    private static final Path GUIDE = Path.of("docs/administration.md");
    /** The guide's shell commands, in order: deploy, move every running case, a plan by hand, and its execution. */
    private static final int DEPLOY = 0;
    private static final int MOVE = 1;
    private static final int PLAN_BY_HAND = 2;
    private static final int PLAN_BY_HAND_MOVE = 3;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;

    @Test
    void the_guide_s_commands_deploy_new_versions_and_move_the_waiting_cases_to_the_newest(@TempDir Path work) {
        new TestCampaigns(engine, jdbc).openProvincial(2024, "jiangsu", null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> firstForm = TestApplications.form("jiangsu-nanjing", "指南迁移精密有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance first = cases.submit(firstForm);
        String original = first.getProcessDefinitionId();

        assertThat(run(command(DEPLOY), Path.of(""))).contains("HTTP 200").contains(latestDefinition());
        String second = latestDefinition();
        assertThat(second).isNotEqualTo(original);
        String byHand = run(command(PLAN_BY_HAND).replaceFirst("\nOLD='[^']*'\n", "\nOLD='" + original + "'\n")
                + command(PLAN_BY_HAND_MOVE), work);

        assertThat(byHand).as("the plan written by hand, here without an edit").contains("\"instructionReports\":[]").contains("HTTP 204");
        assertThat(definitionOf(first)).isEqualTo(second);

        Map<String, Object> nextForm = TestApplications.form("jiangsu-suzhou", "指南迁移电子有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance next = cases.submit(nextForm);
        assertThat(run(command(DEPLOY), Path.of(""))).contains("HTTP 200");
        String third = latestDefinition();

        String moved = run(command(MOVE), Path.of(""));

        assertThat(moved).contains(second + " -> " + third + ": HTTP 204").doesNotContain("not moved").doesNotContainPattern("HTTP [45]");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY).list())
                .as("every running case of the process").isNotEmpty()
                .allSatisfy(pi -> assertThat(pi.getProcessDefinitionId()).isEqualTo(third));
        for (Map.Entry<ProcessInstance, Map<String, Object>> waiting : List.of(Map.entry(first, firstForm), Map.entry(next, nextForm))) {
            ProcessInstance pi = waiting.getKey();
            cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(waiting.getValue()));
            tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                    Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RETURN,
                            ApplicationProcess.RECOMMENDATION_COMMENT, "请补充数据"));
            tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), waiting.getValue());
            Task recommendation = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
            assertThat(recommendation.getTaskDefinitionKey()).isEqualTo("UserTask_RecommendApplication");
            assertThat(recommendation.getProcessDefinitionId()).isEqualTo(third);
        }
    }

    @Test
    void the_guide_s_deploy_command_refuses_a_misspelt_bean_with_400_naming_file_line_and_element(@TempDir Path copy) throws IOException {
        Files.createDirectories(copy.resolve("processes"));
        Files.writeString(copy.resolve("processes/benchmark-application.bpmn"), HostileModels.applicationModel()
                .replace("${applicationCases.applicantOf(execution)}", "${applicantCases.applicantOf(execution)}"));
        Files.createDirectories(copy.resolve("forms"));
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                Files.copy(form, copy.resolve("forms").resolve(form.getFileName()));
            }
        }
        String latest = latestDefinition();

        String refused = run(command(DEPLOY), copy);

        assertThat(refused).contains("HTTP 400").contains("部署被拒绝").contains("benchmark-application.bpmn:"
                + HostileModels.lineOf(HostileModels.applicationModel(), "UserTask_UploadMaterials") + ": UserTask_UploadMaterials（上传申报材料）: "
                + "表达式 ${applicantCases.applicantOf(execution)} 不允许：applicantCases 不是本系统的 Bean");
        assertThat(latestDefinition()).isEqualTo(latest);
    }

    private String latestDefinition() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(ApplicationProcess.KEY).latestVersion().singleResult().getId();
    }

    private String definitionOf(ProcessInstance pi) {
        return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
    }

    /**
     * The guide's n-th shell command ({@code ```sh}), pointed at this server with the demo administrator; each but the
     * last (which goes on in the shell of the one before) sets the server and the administrator on its first lines.
     */
    private String command(int index) {
        List<String> commands = new ArrayList<>();
        try {
            Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
            while (block.find()) {
                commands.add(block.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the fifth, moving applications at 修改申报 (decision 0056), is ApplicationOrderMigrationIT's
        assertThat(commands).as("the guide's commands").hasSize(5);
        String command = commands.get(index);
        if (index == PLAN_BY_HAND_MOVE) {
            return command;
        }
        assertThat(command).as("the guide's command sets the server and the administrator on its first lines")
                .startsWith("BASE=http://localhost:8080/engine-rest\nADMIN='admin:<password>'\n");
        return command.replace("BASE=http://localhost:8080/engine-rest\n", "BASE=http://localhost:" + port + "/engine-rest\n")
                .replace("ADMIN='admin:<password>'\n", "ADMIN='admin:admin'\n");
    }

    /** Runs the command with bash in the directory, as an administrator would paste it; answers what it printed. */
    private static String run(String command, Path directory) {
        try {
            Process shell = new ProcessBuilder("bash", "-c", command).directory(directory.toAbsolutePath().toFile())
                    .redirectErrorStream(true).start();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shell.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
