package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.caq.benchmark.BenchmarkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every BPMN in processes/ follows the conventions against the running application: its delegates are
 * beans here, its forms were deployed with it, its candidate groups exist in the engine; and a process whose user
 * tasks have more than one performer has lanes (the structural lane rules are the deploy-time check's).
 */
@BenchmarkSpringTest
class ProcessModelTest {

    @Autowired ApplicationContext context;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identity;
    @Autowired ObjectMapper json;

    @Test
    void every_process_in_the_repository_follows_the_conventions() throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.list(Path.of("processes"))) {
            files = paths.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String key = file.getFileName().toString().replace(".bpmn", "");
            ProcessModelCheck check = new ProcessModelCheck(new ProcessModelCheck.Environment(
                    new ProcedureBeans(context), deployedFormIds(key)::contains,
                    group -> identity.createGroupQuery().groupId(group).count() == 1));
            assertThat(check.violations(model)).as(file.toString()).isEmpty();
            Process process = model.getModelElementById(key);
            assertThat(process).as("process id equals the file stem of " + file).isNotNull();
            assertThat(ModelLanes.missingLanes(process)).as(file + ": lanes for its performers").isEmpty();
        }
    }

    /** The ids of the Camunda Forms deployed in the same deployment as the process's latest version. */
    private Set<String> deployedFormIds(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        assertThat(definition).as("deployed process " + processKey).isNotNull();
        Set<String> ids = new HashSet<>();
        for (String name : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
            if (name.endsWith(".form")) {
                try (InputStream form = repository.getResourceAsStream(definition.getDeploymentId(), name)) {
                    ids.add(json.readTree(form).path("id").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return ids;
    }
}
