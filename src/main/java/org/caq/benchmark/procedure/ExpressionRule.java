package org.caq.benchmark.procedure;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a deployed model may be. JUEL runs with the JVM's full power (a method on any object
 * reaches {@code Class.forName}), so only these forms are allowed: process variables, literals, comparisons,
 * boolean operators and {@code bean.method(arguments)} on a bean of the procedure. The text is parsed by the
 * engine's own JUEL parser, with the engine's features, so what is checked is what would run.
 */
final class ExpressionRule {

    static final String ALLOWED_ZH = "允许的表达式：流程变量、字面量（文字、数字、true/false/null）、比较（== != < > <= >=）、"
            + "逻辑运算（&& || ! empty）和本系统 Bean 的方法调用（${bean.method(execution)}）";
    static final String ALLOWED_EN = "allowed in expressions: process variables, literals, comparisons (== != < > <= >=), "
            + "boolean operators (&& || ! empty) and calls of a procedure bean's method (${bean.method(execution)})";

    /** What is wrong with an expression, in the users' language and in English. */
    record Refusal(String zh, String en) {
    }

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final Set<AstBinary.Operator> COMPARISONS_AND_LOGIC = Set.of(AstBinary.EQ, AstBinary.NE,
            AstBinary.LT, AstBinary.GT, AstBinary.LE, AstBinary.GE, AstBinary.AND, AstBinary.OR);

    private final ProcessModelCheck.Beans beans;

    ExpressionRule(ProcessModelCheck.Beans beans) {
        this.beans = beans;
    }

    /** Whether the engine would evaluate this text as an expression rather than take it literally. */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Why this text may not be evaluated, or empty when every part of it is an allowed form. */
    Optional<Refusal> check(String text) {
        try {
            return check(PARSER.build(text).getRoot());
        } catch (TreeBuilderException e) {
            return Optional.of(new Refusal("不是有效的表达式", "is not a valid expression"));
        }
    }

    private Optional<Refusal> check(Node node) {
        if (node instanceof AstText || node instanceof AstLiteral || node instanceof AstIdentifier) {
            return Optional.empty();
        }
        if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstNested
                || node instanceof AstParameters) {
            return children(node);
        }
        if (node instanceof AstBinary binary) {
            return COMPARISONS_AND_LOGIC.contains(binary.getOperator()) ? children(node)
                    : refuse("不允许运算符 " + binary, "operator " + binary + " is not allowed");
        }
        if (node instanceof AstUnary unary) {
            return unary(unary);
        }
        if (node instanceof AstMethod method) {
            return method(method);
        }
        if (node instanceof AstDot) {
            return refuse("不允许访问属性（a.b），只能调用本系统 Bean 的方法", "property access (a.b) is not allowed");
        }
        if (node instanceof AstBracket) {
            return refuse("不允许方括号访问（a['b']）", "bracket access (a['b']) is not allowed");
        }
        if (node instanceof AstFunction function) {
            return refuse("不允许调用函数 " + function.getName() + "()", "function calls (" + function.getName()
                    + "()) are not allowed");
        }
        if (node instanceof AstChoice) {
            return refuse("不允许条件运算（a ? b : c）", "the conditional operator (a ? b : c) is not allowed");
        }
        return refuse("含有不允许的表达式成分", "contains a part that is not allowed (" + node + ")");
    }

    private Optional<Refusal> unary(AstUnary unary) {
        if (unary.getOperator() == AstUnary.NEG && !(unary.getChild(0) instanceof AstNumber)) {
            return refuse("负号只能用于数字", "the minus sign is allowed before a number only");
        }
        return children(unary);
    }

    /** {@code bean.method(arguments)}: the bean is the procedure's and has that method with that many arguments. */
    private Optional<Refusal> method(AstMethod method) {
        if (!(method.getChild(0) instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier target)) {
            return refuse("只能调用本系统 Bean 的方法（bean.method(...)），不能在其他对象或返回值上调用方法",
                    "methods may be called on a bean of the procedure only (bean.method(...)), not on another object or a result");
        }
        String bean = target.getName();
        String name = dot.toString().substring(2);
        int arguments = method.getChild(1).getCardinality();
        if (!beans.exists(bean)) {
            return refuse(bean + " 不是本系统的 Bean（不能在流程变量或其他对象上调用方法）",
                    bean + " is not a bean of the procedure (methods cannot be called on variables or other objects)");
        }
        if (!beans.hasMethod(bean, name, arguments)) {
            return refuse("Bean " + bean + " 没有接受 " + arguments + " 个参数的方法 " + name,
                    "bean " + bean + " has no method " + name + " taking " + arguments + " argument(s)");
        }
        return children(method.getChild(1));
    }

    private Optional<Refusal> children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<Refusal> refusal = check(node.getChild(i));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String zh, String en) {
        return Optional.of(new Refusal(zh, en));
    }
}
