package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads every attribute and text of a model, in any namespace, the way the engine may: code the engine would load
 * or run (scripts, Java classes, connectors) is refused, and every text the engine would evaluate as an expression
 * must pass {@link ExpressionRule}. Reading the XML itself rather than known attributes leaves no attribute out,
 * including ones the engine still reads under the legacy activiti namespace.
 */
final class ModelScan {

    private static final String ACTIVITI = "http://activiti.org/bpmn";
    private static final Set<String> DIAGRAM = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI");
    /** Texts for people that the engine never evaluates. */
    private static final Set<String> PROSE = Set.of("documentation", "text");

    private static final ExpressionRule.Refusal SCRIPT = new ExpressionRule.Refusal(
            "不允许脚本（脚本任务、camunda:script、脚本条件），请改用委托 Bean", "scripts (script tasks, camunda:script, script "
            + "conditions) are not allowed; write a delegate bean");
    private static final ExpressionRule.Refusal JAVA_CLASS = new ExpressionRule.Refusal(
            "不允许按类名加载 Java 类，请用 camunda:delegateExpression=\"${bean}\" 指向本系统的 Bean",
            "Java classes are not loaded by name; use camunda:delegateExpression=\"${bean}\" naming a procedure bean");
    private static final Map<String, ExpressionRule.Refusal> ELEMENTS = Map.of(
            "scriptTask", SCRIPT, "script", SCRIPT,
            "connector", new ExpressionRule.Refusal("不允许连接器（camunda:connector）", "connectors are not allowed"),
            "businessRuleTask", new ExpressionRule.Refusal("不使用业务规则任务（DMN）", "business rule tasks (DMN) are not used"),
            "formData", new ExpressionRule.Refusal("不使用生成表单（camunda:formData），请用 Camunda Forms（camunda:formRef）",
                    "generated forms (camunda:formData) are not used; use Camunda Forms (camunda:formRef)"));
    private static final Map<String, ExpressionRule.Refusal> ATTRIBUTES = Map.of(
            "class", JAVA_CLASS, "variableMappingClass", JAVA_CLASS,
            "resource", SCRIPT, "scriptFormat", SCRIPT, "language", SCRIPT);

    private final ExpressionRule expressions;
    private final List<Violation> violations = new ArrayList<>();

    private ModelScan(ExpressionRule expressions) {
        this.expressions = expressions;
    }

    /** Every violation of the model, each naming the element it is in. */
    static List<Violation> violations(BpmnModelInstance model, ExpressionRule expressions) {
        ModelScan scan = new ModelScan(expressions);
        scan.element(((Document) model.getDocument().getDomSource().getNode()).getDocumentElement(),
                new Owner("definitions", null));
        return scan.violations;
    }

    /** The nearest element with an id: what a violation inside a listener or a mapping names. */
    private record Owner(String id, String name) {
    }

    private void element(Element element, Owner owner) {
        if (DIAGRAM.contains(element.getNamespaceURI()) || PROSE.contains(element.getLocalName())) {
            return;
        }
        Owner here = element.hasAttribute("id") ? new Owner(element.getAttribute("id"), element.getAttribute("name")) : owner;
        if (ACTIVITI.equals(element.getNamespaceURI())) {
            refuse(here, legacy(element.getNodeName()));
            return;
        }
        ExpressionRule.Refusal refused = ELEMENTS.get(element.getLocalName());
        if (refused != null) {
            refuse(here, refused);
            return;
        }
        attributes(element, here);
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                element(nested, here);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        expression(here, text.toString().strip());
    }

    private void attributes(Element element, Owner owner) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                continue;
            }
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (ACTIVITI.equals(attribute.getNamespaceURI())) {
                refuse(owner, legacy(attribute.getName()));
            } else if (ATTRIBUTES.containsKey(name)) {
                refuse(owner, ATTRIBUTES.get(name));
            } else {
                expression(owner, attribute.getValue());
            }
        }
    }

    private void expression(Owner owner, String text) {
        if (ExpressionRule.isExpression(text)) {
            String shown = text.length() > 120 ? text.substring(0, 120) + "…" : text;
            expressions.check(text).ifPresent(refusal -> violations.add(Violation.of(owner.id(), owner.name(),
                    "表达式 " + shown + " 不允许：" + refusal.zh(), "expression " + shown + " is not allowed: " + refusal.en())));
        }
    }

    private void refuse(Owner owner, ExpressionRule.Refusal refusal) {
        violations.add(Violation.of(owner.id(), owner.name(), refusal.zh(), refusal.en()));
    }

    private static ExpressionRule.Refusal legacy(String name) {
        return new ExpressionRule.Refusal("不接受旧的 activiti 命名空间（" + name + "）",
                "the legacy activiti namespace is not accepted (" + name + ")");
    }
}
