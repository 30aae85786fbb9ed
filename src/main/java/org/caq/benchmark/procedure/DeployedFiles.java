package org.caq.benchmark.procedure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The files of a deployment, read the way {@link DeploymentCheck} needs them: each answers what is wrong with it,
 * placed at its line. Ids that must be unique in the deployment (forms, processes) are collected across the files.
 */
final class DeployedFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCHEMA_LINE = Pattern.compile("Line=(\\d+): (.*)");

    private DeployedFiles() {
    }

    /**
     * A Camunda Form is JSON with an id of its own in the deployment; the id is what the models reference. A form that
     * cannot be read counts by its file stem (the convention), so that it is reported once, not again at every model
     * that references it.
     */
    static List<Violation> form(String file, byte[] content, Set<String> forms) {
        JsonNode form;
        try {
            form = JSON.readTree(content);
        } catch (JsonProcessingException malformed) {
            forms.add(file.replaceFirst("\\.form$", ""));
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

    /**
     * A BPMN file: well-formed XML, BPMN 2.0, the procedure's rules, one definition per process id in the deployment,
     * and, when all that holds, what the engine's own parser says and whether its start messages start no other process.
     */
    static List<Violation> bpmn(String name, byte[] content, DeploymentEntity deployment, ProcessModelCheck check,
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
            return List.of(xmlViolation("不是有效的 BPMN 2.0 模型", "not a valid BPMN 2.0 model", located(invalid)));
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
        if (found.isEmpty() && deployment != null) {
            found.addAll(StartMessages.taken(model));
        }
        return found.stream().map(lines::place).toList();
    }

    private static Violation xmlViolation(String zh, String en, SAXParseException at) {
        int line = Math.max(at.getLineNumber(), 0);
        int column = Math.max(at.getColumnNumber(), 0);
        String where = line > 0 ? "（第 " + line + " 行" + (column > 0 ? "第 " + column + " 列" : "") + "）" : "";
        String whereEn = line > 0 ? " (line " + line + (column > 0 ? ", column " + column : "") + ")" : "";
        return Violation.ofFile(zh + where + "：" + at.getMessage(), en + whereEn + ": " + at.getMessage(), line, column);
    }

    /**
     * Where the model API stopped reading: its schema validation reports the line in the text of a plain
     * SAXException ({@code Error: URI=null Line=6: cvc-id.1: …}), a parse error as a SAXParseException.
     */
    private static SAXParseException located(RuntimeException invalid) {
        for (Throwable cause = invalid; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException located) {
                return located;
            }
            Matcher line = SCHEMA_LINE.matcher(String.valueOf(cause.getMessage()));
            if (cause instanceof SAXException && line.find()) {
                return new SAXParseException(line.group(2), null, null, Integer.parseInt(line.group(1)), 0);
            }
        }
        return new SAXParseException(invalid.getMessage(), null, null, 0, 0);
    }
}
