package org.caq.benchmark.procedure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link DeploymentCheck}: the engine's own parse failure, so the REST API (at /engine-rest and
 * behind the webapps) answers 400 with the message and, per file, each problem with its line, column and element id
 * ({@code details} in the answer), as it does for the engine's own parse errors. The message names every problem as
 * {@code file:line: elementId（name）: 中文原因 / English reason}.
 */
final class RefusedDeployment extends ParseException {

    RefusedDeployment(Map<String, List<Violation>> violationsByFile) {
        super(message(violationsByFile), null, List.of(), List.of());
        resorceReports.clear();
        violationsByFile.forEach((file, violations) -> resorceReports.add(new Report(file,
                violations.stream().<Problem>map(ElementProblem::new).toList())));
    }

    private static String message(Map<String, List<Violation>> violationsByFile) {
        // the allowed forms are spelt out only when an expression was refused (ModelScan words those "expression …")
        boolean expressions = violationsByFile.values().stream().flatMap(List::stream)
                .anyMatch(violation -> violation.en().startsWith("expression "));
        return "部署被拒绝，流程模型有以下问题（未部署任何内容） / Deployment refused, nothing was deployed: "
                + violationsByFile.entrySet().stream()
                        .flatMap(entry -> entry.getValue().stream().map(violation -> place(entry.getKey(), violation) + ": " + violation))
                        .collect(Collectors.joining("; "))
                + (expressions ? "。" + ExpressionRule.ALLOWED_ZH + " / " + ExpressionRule.ALLOWED_EN + "." : "");
    }

    /** The file and line as editors and compilers write them: {@code benchmark-application.bpmn:42}. */
    private static String place(String file, Violation violation) {
        return violation.line() > 0 ? file + ":" + violation.line() : file;
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

    /** A violation as the engine reports a parse problem. */
    private record ElementProblem(Violation violation) implements Problem {

        @Override
        public String getMessage() {
            return violation.toString();
        }

        @Override
        public String getMainElementId() {
            return violation.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return violation.elementId() == null ? List.of() : List.of(violation.elementId());
        }

        @Override
        public int getLine() {
            return violation.line();
        }

        @Override
        public int getColumn() {
            return violation.column();
        }
    }
}
