package org.caq.benchmark.procedure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.caq.benchmark.identity.ProcedureGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Refuses, at deploy time, BPMN that would fail once cases run on it (a delegate or listener naming no bean, a
 * form missing from the deployment, a candidate group that does not exist, no history time to live) or that would
 * run code beyond the procedure's beans (scripts, Java classes, expressions outside the allowed forms), and any
 * resource but BPMN and Camunda Forms (a DMN or CMMN model carries expressions and scripts of its own). The whole
 * deployment is refused with every violation named by file and element, in Chinese and English, so nothing of it
 * is deployed. It applies to the start-up deployment and to an administrator's redeploy through
 * {@code /engine-rest/deployment/create} alike; the refusal is the engine's {@link ParseException}, which the REST
 * API answers with 400 and the problems per file.
 */
@Component
class DeploymentCheck extends AbstractProcessEnginePlugin implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(DeploymentCheck.class);

    private final ApplicationContext context;
    private final ObjectMapper json = new ObjectMapper();

    DeploymentCheck(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Map<String, ResourceEntity> resources = deployment.getResources();
        Set<String> forms = formIds(resources);
        ProcessModelCheck check = new ProcessModelCheck(new ProcessModelCheck.Environment(
                new ProcedureBeans(context), forms::contains, DeploymentCheck::groupExists));
        Map<String, List<String>> violations = new LinkedHashMap<>();
        resources.forEach((name, resource) -> {
            List<String> found = violations(check, name, resource.getBytes());
            if (!found.isEmpty()) {
                violations.put(shortName(name), found);
            }
        });
        if (!violations.isEmpty()) {
            RefusedDeployment refused = new RefusedDeployment(violations);
            log.warn("Deployment '{}' by {} refused: {}", deployment.getName(), deployer(), refused.getMessage());
            throw refused;
        }
    }

    private static List<String> violations(ProcessModelCheck check, String name, byte[] content) {
        if (name.endsWith(".form")) {
            return List.of();
        }
        if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml")) {
            return List.of(ProcessModelCheck.violation(shortName(name), "只部署 BPMN 流程（.bpmn）和 Camunda 表单（.form）",
                    "only BPMN processes (.bpmn) and Camunda Forms (.form) are deployed"));
        }
        try {
            return check.deploymentViolations(Bpmn.readModelFromStream(new ByteArrayInputStream(content)));
        } catch (RuntimeException e) {
            return List.of(ProcessModelCheck.violation(shortName(name), "不是有效的 BPMN 文件：" + e.getMessage(),
                    "not a valid BPMN file: " + e.getMessage()));
        }
    }

    private Set<String> formIds(Map<String, ResourceEntity> resources) {
        Set<String> ids = new HashSet<>();
        resources.forEach((name, resource) -> {
            if (name.endsWith(".form")) {
                try {
                    ids.add(json.readTree(resource.getBytes()).path("id").asText());
                } catch (IOException e) {
                    throw new ProcessEngineException("部署被拒绝：表单 " + shortName(name) + " 不是有效的 JSON", e);
                }
            }
        });
        return ids;
    }

    /** The procedure's own groups and the administrators always count (at first start they are created after the deployment). */
    private static boolean groupExists(String group) {
        if (Groups.CAMUNDA_ADMIN.equals(group)) {
            return true;
        }
        for (ProcedureGroup known : ProcedureGroup.values()) {
            if (known.id().equals(group)) {
                return true;
            }
        }
        return Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupId(group).count() > 0;
    }

    private static String deployer() {
        var authentication = Context.getCommandContext().getAuthentication();
        return authentication == null ? "the application itself" : authentication.getUserId();
    }

    private static String shortName(String resourceName) {
        return resourceName.substring(Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\')) + 1);
    }
}
