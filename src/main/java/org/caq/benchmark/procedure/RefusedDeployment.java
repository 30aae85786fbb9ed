package org.caq.benchmark.procedure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link DeploymentCheck}: the engine's own parse failure, so the REST API answers 400 with
 * the message and, per file, each problem with the id of its element ({@code details} in the answer).
 */
final class RefusedDeployment extends ParseException {

    RefusedDeployment(Map<String, List<String>> violationsByFile) {
        super(message(violationsByFile), null, List.of(), List.of());
        resorceReports.clear();
        violationsByFile.forEach((file, violations) -> resorceReports.add(new Report(file,
                violations.stream().<Problem>map(ElementProblem::of).toList())));
    }

    private static String message(Map<String, List<String>> violationsByFile) {
        return "部署被拒绝，流程模型有以下问题（未部署任何内容） / Deployment refused, nothing was deployed: "
                + violationsByFile.entrySet().stream()
                        .flatMap(entry -> entry.getValue().stream().map(violation -> entry.getKey() + ": " + violation))
                        .collect(Collectors.joining("; "))
                + "。" + ExpressionRule.ALLOWED_ZH + " / " + ExpressionRule.ALLOWED_EN + ".";
    }

    private record Report(String file, List<Problem> problems) implements ResourceReport {

        @Override
        public String getResourceName() {
            return file;
        }

        @Override
        public List<Problem> getErrors() {
            return problems;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }

    /** A violation ({@code elementId: 中文 / English}) as the engine reports a parse problem. */
    private record ElementProblem(String violation, String elementId) implements Problem {

        static ElementProblem of(String violation) {
            int colon = violation.indexOf(": ");
            return new ElementProblem(violation, colon < 0 ? null : violation.substring(0, colon));
        }

        @Override
        public String getMessage() {
            return violation;
        }

        @Override
        public String getMainElementId() {
            return elementId;
        }

        @Override
        public List<String> getElementIds() {
            return elementId == null ? List.of() : List.of(elementId);
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }
    }
}
