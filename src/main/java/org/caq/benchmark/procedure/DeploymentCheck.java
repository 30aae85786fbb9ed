package org.caq.benchmark.procedure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.caq.benchmark.identity.ProcedureGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

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
        Map<String, List<Violation>> violations = new LinkedHashMap<>();
        Set<String> forms = new HashSet<>();
        resources.forEach((name, resource) -> {
            if (name.endsWith(".form")) {
                record(violations, name, form(name, resource.getBytes(), forms));
            }
        });
        ProcessModelCheck check = new ProcessModelCheck(new ProcessModelCheck.Environment(
                new ProcedureBeans(context), forms::contains, DeploymentCheck::groupExists));
        Set<String> processes = new HashSet<>();
        resources.forEach((name, resource) -> {
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                record(violations, name, bpmn(name, resource.getBytes(), deployment, check, processes));
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

    /**
     * A Camunda Form is JSON with an id of its own in the deployment; the id is what the models reference. A form that
     * cannot be read counts by its file stem (the convention), so that it is reported once, not again at every model
     * that references it.
     */
    private List<Violation> form(String name, byte[] content, Set<String> forms) {
        JsonNode form;
        try {
            form = json.readTree(content);
        } catch (JsonProcessingException malformed) {
            forms.add(shortName(name).replaceFirst("\\.form$", ""));
            JsonLocation at = malformed.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            // Jackson names its source in the message; the file is named by the refusal already
            String reason = malformed.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
            return List.of(Violation.ofFile("不是有效的 JSON（第 " + line + " 行第 " + column + " 列）：" + reason,
                    "not valid JSON (line " + line + ", column " + column + "): " + reason, line, column));
        } catch (IOException e) {
            throw new IllegalStateException("Reading a form from memory failed", e);
        }
        String id = form == null ? "" : form.path("id").asText("");
        if (id.isBlank()) {
            return List.of(Violation.ofFile("表单没有 id（流程用 camunda:formRef 按 id 引用表单）",
                    "the form has no id (models reference forms by id with camunda:formRef)", 0, 0));
        }
        if (!forms.add(id)) {
            return List.of(Violation.ofFile("本次部署中另有表单的 id 也是 '" + id + "'", "another form of this deployment has the id '"
                    + id + "'", 0, 0));
        }
        return List.of();
    }

    private static List<Violation> bpmn(String name, byte[] content, DeploymentEntity deployment, ProcessModelCheck check,
            Set<String> processes) {
        ModelLines lines;
        try {
            lines = ModelLines.read(content);
        } catch (SAXParseException malformed) {
            return List.of(xmlViolation("不是格式正确的 XML", "not well-formed XML", malformed));
        }
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException invalid) {
            SAXParseException cause = saxCause(invalid);
            return List.of(cause == null
                    ? Violation.ofFile("不是有效的 BPMN 2.0 模型：" + invalid.getMessage(), "not a valid BPMN 2.0 model: "
                            + invalid.getMessage(), 0, 0)
                    : xmlViolation("不是有效的 BPMN 2.0 模型", "not a valid BPMN 2.0 model", cause));
        }
        List<Violation> found = new ArrayList<>(check.deploymentViolations(model));
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!processes.add(process.getId())) {
                found.add(Violation.in(process, "本次部署中另有文件也定义了流程 " + process.getId(),
                        "another file of this deployment defines process " + process.getId() + " too"));
            }
        }
        if (found.isEmpty()) {
            found.addAll(EngineParse.problems(name, content, deployment, model));
        }
        return found.stream().map(lines::place).toList();
    }

    private static Violation xmlViolation(String zh, String en, SAXParseException at) {
        int line = Math.max(at.getLineNumber(), 0);
        int column = Math.max(at.getColumnNumber(), 0);
        String where = line > 0 ? "（第 " + line + " 行第 " + column + " 列）" : "";
        String whereEn = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return Violation.ofFile(zh + where + "：" + at.getMessage(), en + whereEn + ": " + at.getMessage(), line, column);
    }

    private static SAXParseException saxCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException located) {
                return located;
            }
        }
        return null;
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
