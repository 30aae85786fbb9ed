package org.caq.benchmark.procedure;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The engine's own reading of a BPMN file that passed the procedure's checks. What the engine refuses by itself (a
 * timer without a date, a message event without its message, a time to live that is no number) is reported with the
 * procedure's refusals, by element and line and with a Chinese lead, instead of as the engine's English alone after
 * the procedure had let the file through. Only files without a violation of the procedure's own get here: nothing the
 * procedure refuses (scripts, classes) is handed to the engine's parser.
 */
final class EngineParse {

    private EngineParse() {
    }

    static List<Violation> problems(String resourceName, byte[] content, DeploymentEntity deployment, BpmnModelInstance model) {
        try {
            parser().createParse().name(resourceName).sourceInputStream(new ByteArrayInputStream(content))
                    .deployment(deployment).execute();
            return List.of();
        } catch (ParseException refused) {
            return refused.getResorceReports().stream().flatMap(report -> report.getErrors().stream())
                    .map(problem -> violation(problem, model)).toList();
        } catch (ProcessEngineException unreadable) {
            return List.of(Violation.ofFile("流程引擎无法读取此文件：" + unreadable.getMessage(),
                    "the engine cannot read this file: " + unreadable.getMessage(), 0, 0));
        }
    }

    private static Violation violation(Problem problem, BpmnModelInstance model) {
        String id = problem.getMainElementId();
        ModelElementInstance element = id == null ? null : model.getModelElementById(id);
        return Violation.of(id, element == null ? null : element.getAttributeValue("name"),
                "流程引擎无法解析此处：" + problem.getMessage(), "the engine's parser refuses it: " + problem.getMessage())
                .at(Math.max(problem.getLine(), 0));
    }

    private static BpmnParser parser() {
        return Context.getProcessEngineConfiguration().getDeployers().stream()
                .filter(BpmnDeployer.class::isInstance).map(deployer -> ((BpmnDeployer) deployer).getBpmnParser())
                .findFirst().orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
    }
}
