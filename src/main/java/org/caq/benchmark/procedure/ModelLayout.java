package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The layout rules that keep a model readable in Camunda Modeler and Cockpit (docs/bpmn-conventions.md): no sequence or
 * message flow runs through a shape it does not connect, nor through its own source or target (a return loop goes
 * around its tasks, a flow enters its target from outside) — an expanded sub-process counts as a shape for the flows
 * outside it; no shape overlaps another, except a boundary event on its host, shapes inside their sub-process, lane or
 * pool, and an expanded sub-process spanning lanes (whether it may is {@link ModelLanes}' rule); the nodes of an
 * expanded sub-process are drawn inside it; no flow crosses a label; and the diagram fits a 1920×1080 screen at a
 * readable zoom. Each violation names the flow or shape, in Chinese and English.
 */
final class ModelLayout {

    /**
     * A 1920×1080 screen leaves Camunda Modeler a canvas of about 1600×880 px beside its properties panel; below a
     * zoom of 0.6 its 12 px labels (Chinese ones especially) can no longer be read.
     */
    static final int MAX_WIDTH = 2640;
    static final int MAX_HEIGHT = 1460;
    /** What counts as touching rather than crossing: flows are drawn on shape borders. */
    private static final double MARGIN = 2;
    /**
     * How far a flow's first (last) segment may run inside its source (target): a point on an event's circle lies a
     * few pixels inside the event's square; a flow that runs through its own task is much longer inside it.
     */
    private static final double END_TOLERANCE = 12;
    /** Where bpmn-js puts the name of an event or gateway that has no label bounds of its own. */
    private static final double LABEL_WIDTH = 90;
    private static final double LABEL_HEIGHT = 20;

    private ModelLayout() {
    }

    record Box(double x, double y, double width, double height) {

        static Box of(Bounds bounds) {
            return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        }

        Box shrunk(double by) {
            return new Box(x + by, y + by, width - 2 * by, height - 2 * by);
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }

        boolean contains(Box other) {
            return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
        }

        /** Whether the segment passes through the inside of the box. */
        boolean crossedBy(double x1, double y1, double x2, double y2) {
            return insideLength(x1, y1, x2, y2) > 0;
        }

        /** How long a stretch of the segment lies inside the box (Liang–Barsky clipping). */
        double insideLength(double x1, double y1, double x2, double y2) {
            if (width <= 0 || height <= 0) {
                return 0;
            }
            double[] p = {-(x2 - x1), x2 - x1, -(y2 - y1), y2 - y1};
            double[] q = {x1 - x, x + width - x1, y1 - y, y + height - y1};
            double enter = 0;
            double leave = 1;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] <= 0) {
                        return 0;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        enter = Math.max(enter, t);
                    } else {
                        leave = Math.min(leave, t);
                    }
                }
            }
            return enter < leave ? (leave - enter) * Math.hypot(x2 - x1, y2 - y1) : 0;
        }
    }

    private record Shape(BaseElement element, Box box, boolean container) {
    }

    private record Label(BaseElement element, Box box) {
    }

    private record Flow(BaseElement element, BaseElement source, BaseElement target, List<double[]> points) {
    }

    static List<Violation> violations(BpmnModelInstance model) {
        List<Shape> shapes = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() == null || shape.getBounds() == null) {
                continue;
            }
            BaseElement element = shape.getBpmnElement();
            Shape drawn = new Shape(element, Box.of(shape.getBounds()), element instanceof Lane
                    || element instanceof Participant || element instanceof Group
                    || (element instanceof SubProcess && !Boolean.FALSE.equals(shape.isExpanded())));
            shapes.add(drawn);
            label(shape.getBpmnLabel(), drawn, labels);
        }
        List<Flow> flows = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            BaseElement element = edge.getBpmnElement();
            List<double[]> points = edge.getWaypoints().stream().map(ModelLayout::point).toList();
            if (element instanceof SequenceFlow flow) {
                flows.add(new Flow(flow, flow.getSource(), flow.getTarget(), points));
            } else if (element instanceof MessageFlow flow) {
                flows.add(new Flow(flow, (BaseElement) flow.getSource(), (BaseElement) flow.getTarget(), points));
            }
            BpmnLabel label = edge.getBpmnLabel();
            if (element != null && label != null && label.getBounds() != null) {
                labels.add(new Label(element, Box.of(label.getBounds())));
            }
        }
        List<Violation> violations = new ArrayList<>();
        flows.forEach(flow -> crossings(flow, shapes, labels, violations));
        overlaps(shapes, violations);
        nestedInside(shapes, violations);
        size(model, shapes, labels, flows, violations);
        return violations;
    }

    private static double[] point(Waypoint waypoint) {
        return new double[] {waypoint.getX(), waypoint.getY()};
    }

    private static void label(BpmnLabel label, Shape shape, List<Label> labels) {
        if (label != null && label.getBounds() != null) {
            labels.add(new Label(shape.element(), Box.of(label.getBounds())));
        } else if ((shape.element() instanceof Event || shape.element() instanceof Gateway) && named(shape.element())) {
            Box box = shape.box();
            labels.add(new Label(shape.element(), new Box(box.x() + box.width() / 2 - LABEL_WIDTH / 2,
                    box.y() + box.height(), LABEL_WIDTH, LABEL_HEIGHT)));
        }
    }

    private static boolean named(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name != null && !name.isBlank();
    }

    private static void crossings(Flow flow, List<Shape> shapes, List<Label> labels, List<Violation> violations) {
        List<double[]> points = flow.points();
        int last = points.size() - 2;
        for (Shape shape : shapes) {
            if (shape.container() && !(shape.element() instanceof SubProcess && !within(flow, shape.element()))) {
                continue;
            }
            Box inside = shape.box().shrunk(MARGIN);
            boolean crossed = false;
            for (int i = 0; i <= last && !crossed; i++) {
                double[] a = points.get(i);
                double[] b = points.get(i + 1);
                if ((ends(flow.source(), shape.element()) && i == 0) || (ends(flow.target(), shape.element()) && i == last)) {
                    crossed = inside.insideLength(a[0], a[1], b[0], b[1]) > END_TOLERANCE;
                } else {
                    crossed = inside.crossedBy(a[0], a[1], b[0], b[1]);
                }
            }
            if (crossed) {
                violations.add(ends(flow.source(), shape.element()) || ends(flow.target(), shape.element())
                        ? Violation.in(flow.element(), "连线穿过自己连接的 " + describe(shape.element())
                                + "：返回的连线须绕开任务，从外部进入目标", "the flow runs through "
                                + shape.element().getId() + ", which it connects: draw a return loop around the tasks "
                                + "and enter the target from outside")
                        : Violation.in(flow.element(), "连线穿过不相连的 " + describe(shape.element())
                                + "：请绕开它", "the flow runs through " + shape.element().getId()
                                + ", which it does not connect: route it around"));
            }
        }
        for (Label label : labels) {
            if (label.element() == flow.element()) {
                continue;
            }
            Box inside = label.box().shrunk(1);
            for (int i = 0; i <= last; i++) {
                double[] a = points.get(i);
                double[] b = points.get(i + 1);
                if (inside.crossedBy(a[0], a[1], b[0], b[1])) {
                    violations.add(Violation.in(flow.element(), "连线穿过 " + describe(label.element())
                            + " 的标签：请移动标签或连线", "the flow crosses the label of " + label.element().getId()
                            + ": move the label or the flow"));
                    break;
                }
            }
        }
    }

    /** Whether the flow runs inside the sub-process: from or to one of its nodes. */
    private static boolean within(Flow flow, BaseElement sub) {
        return nestedIn(flow.source(), sub) || nestedIn(flow.target(), sub);
    }

    private static boolean nestedIn(BaseElement element, BaseElement sub) {
        for (ModelElementInstance at = element == null ? null : element.getParentElement(); at != null; at = at.getParentElement()) {
            if (at == sub) {
                return true;
            }
        }
        return false;
    }

    /** Whether a flow's end is this shape: the element itself, or a boundary event on it (drawn on its border). */
    private static boolean ends(BaseElement end, BaseElement shape) {
        return end == shape || (end instanceof BoundaryEvent event && event.getAttachedTo() == shape);
    }

    /** Every node of an expanded sub-process lies inside it (a boundary event by its centre, on its host's border). */
    private static void nestedInside(List<Shape> shapes, List<Violation> violations) {
        for (Shape sub : shapes) {
            if (!(sub.element() instanceof SubProcess) || !sub.container()) {
                continue;
            }
            Box area = sub.box().shrunk(-MARGIN);
            for (Shape node : shapes) {
                if (!(node.element() instanceof FlowNode) || node.element().getParentElement() != sub.element()) {
                    continue;
                }
                Box box = node.box();
                boolean inside = node.element() instanceof BoundaryEvent
                        ? area.contains(new Box(box.x() + box.width() / 2, box.y() + box.height() / 2, 0, 0))
                        : area.contains(box);
                if (!inside) {
                    violations.add(Violation.in(node.element(), "属于子流程 " + describe(sub.element())
                            + "，却画在它的框外：请把图形移进子流程", "the node belongs to sub-process " + sub.element().getId()
                            + " but is drawn outside it: move the shape into the sub-process"));
                }
            }
        }
    }

    private static void overlaps(List<Shape> shapes, List<Violation> violations) {
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                Shape a = shapes.get(i);
                Shape b = shapes.get(j);
                if (a.element() instanceof Group || b.element() instanceof Group || allowed(a, b) || allowed(b, a)) {
                    continue;
                }
                if (a.box().shrunk(MARGIN / 2).overlaps(b.box().shrunk(MARGIN / 2))) {
                    violations.add(Violation.in(b.element(), "图形与 " + describe(a.element()) + " 重叠：请移开",
                            "the shape overlaps " + a.element().getId() + ": move it apart"));
                }
            }
        }
    }

    /**
     * A boundary event sits on its host; a container (sub-process, lane, pool) holds what is drawn inside it; an expanded
     * sub-process may reach across lanes.
     */
    private static boolean allowed(Shape outer, Shape inner) {
        if (inner.element() instanceof BoundaryEvent event && event.getAttachedTo() == outer.element()) {
            return true;
        }
        if (outer.element() instanceof Lane && inner.element() instanceof Lane) {
            return outer.box().contains(inner.box()) || inner.box().contains(outer.box());
        }
        if (outer.element() instanceof Lane && inner.element() instanceof SubProcess && inner.container()) {
            return true;
        }
        return outer.container() && outer.box().contains(inner.box());
    }

    private static void size(BpmnModelInstance model, List<Shape> shapes, List<Label> labels, List<Flow> flows,
            List<Violation> violations) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<Box> boxes = new ArrayList<>();
        shapes.forEach(shape -> boxes.add(shape.box()));
        labels.forEach(label -> boxes.add(label.box()));
        flows.forEach(flow -> flow.points().forEach(p -> boxes.add(new Box(p[0], p[1], 0, 0))));
        for (Box box : boxes) {
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.x() + box.width());
            maxY = Math.max(maxY, box.y() + box.height());
        }
        if (boxes.isEmpty() || (maxX - minX <= MAX_WIDTH && maxY - minY <= MAX_HEIGHT)) {
            return;
        }
        long width = Math.round(maxX - minX);
        long height = Math.round(maxY - minY);
        ModelElementInstance owner = model.getModelElementsByType(Process.class).stream().findFirst()
                .map(ModelElementInstance.class::cast).orElse(model.getDefinitions());
        violations.add(Violation.in(owner, "流程图 " + width + "×" + height + " 像素，超过 " + MAX_WIDTH + "×" + MAX_HEIGHT
                + "：在 1920×1080 屏幕上无法以可读的比例完整显示，请分阶段（子流程或调用流程）或折行布局",
                "the diagram is " + width + "×" + height + " px, more than " + MAX_WIDTH + "×" + MAX_HEIGHT
                + ": it does not fit a 1920×1080 screen at a readable zoom; cut it into phases (sub-processes or called "
                + "processes) or lay it out in rows"));
    }

    private static String describe(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() || name.strip().equals(element.getId()) ? element.getId()
                : element.getId() + "（" + name.strip() + "）";
    }
}
