package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.caq.benchmark.model.ProcedureGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Refuses, at deploy time, BPMN that would fail once cases run on it (an expression calling a bean or method that
 * does not exist, a delegate or listener naming no bean of its kind, a form missing from the deployment, a candidate
 * group that does not exist, a date the engine cannot read, no history time to live, what the engine's own parser
 * refuses) or that would run code beyond the procedure's beans (scripts, Java classes, expressions outside the
 * allowed forms), and any resource but BPMN and Camunda Forms (a DMN or CMMN model carries expressions and scripts of
 * its own). A file that is not well-formed XML or JSON is refused naming its line. The whole deployment is refused
 * with every violation named by file, line and element, in Chinese and English, so nothing of it is deployed. It
 * applies to the start-up deployment and to an administrator's redeploy through {@code /engine-rest/deployment/create}
 * or the webapps alike; the refusal is the engine's {@link ParseException}, which the REST API answers with 400 and
 * the problems per file.
 */
@Component
class DeploymentCheck extends AbstractProcessEnginePlugin implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(DeploymentCheck.class);

    private final ApplicationContext context;

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
        Map<String, List<Violation>> violations = new LinkedHashMap<>();
        Set<String> forms = new HashSet<>();
        resources.forEach((name, resource) -> {
            if (name.endsWith(".form")) {
                record(violations, name, DeployedFiles.form(shortName(name), resource.getBytes(), forms));
            }
        });
        ProcessModelCheck check = new ProcessModelCheck(new ProcessModelCheck.Environment(
                new ProcedureBeans(context), forms::contains, DeploymentCheck::groupExists));
        Set<String> processes = new HashSet<>();
        resources.forEach((name, resource) -> {
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                record(violations, name, DeployedFiles.bpmn(name, resource.getBytes(), deployment, check, processes));
            } else if (!name.endsWith(".form")) {
                record(violations, name, List.of(Violation.ofFile("只部署 BPMN 流程（.bpmn）和 Camunda 表单（.form）",
                        "only BPMN processes (.bpmn) and Camunda Forms (.form) are deployed", 0, 0)));
            }
        });
        if (!violations.isEmpty()) {
            RefusedDeployment refused = new RefusedDeployment(violations);
            log.warn("Deployment '{}' by {} refused: {}", deployment.getName(), deployer(), refused.getMessage());
            throw refused;
        }
    }

    private static void record(Map<String, List<Violation>> violations, String resourceName, List<Violation> found) {
        if (!found.isEmpty()) {
            violations.computeIfAbsent(shortName(resourceName), file -> new ArrayList<>()).addAll(found);
        }
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
