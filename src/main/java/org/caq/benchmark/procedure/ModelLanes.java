package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.caq.benchmark.procedure.ModelLayout.Box;

/**
 * The lane rule (docs/bpmn-conventions.md, decisions 0059 and 0082): lanes say who acts where, so a reader can trust
 * them. In a process with lanes every flow node of the process is in exactly one lane and drawn inside it, a boundary
 * event in its host's lane; user tasks with the same performer are in the same lane; each lane has a Chinese name and
 * lies in the process's pool. Nodes inside an embedded sub-process belong with the sub-process, unless the sub-process
 * is drawn expanded and lanes name its nodes (as Camunda Modeler does, by each node's centre): then it may span lanes
 * (its centre says its own lane) and each of its nodes is in exactly one lane and drawn inside it. A process without
 * lanes passes: whether it needs them (more than one performer) is {@link #performers}' question, asked by the tests.
 * Lanes overlapping each other are {@link ModelLayout}'s overlap rule.
 */
final class ModelLanes {

    /** A flow drawn on a lane border or an event's circle touching it still counts as inside. */
    private static final double MARGIN = 2;
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private ModelLanes() {
    }

    static List<Violation> violations(BpmnModelInstance model) {
        Map<BaseElement, Box> drawn = new HashMap<>();
        Set<BaseElement> collapsed = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null && shape.getBounds() != null) {
                drawn.put(shape.getBpmnElement(), Box.of(shape.getBounds()));
                if (Boolean.FALSE.equals(shape.isExpanded())) {
                    collapsed.add(shape.getBpmnElement());
                }
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            List<Lane> lanes = leafLanes(process.getLaneSets());
            if (!lanes.isEmpty()) {
                check(process, lanes, pool(model, process, drawn), new Drawing(drawn, collapsed), violations);
            }
        }
        return violations;
    }

    /** The shapes of the diagram, and the sub-processes drawn collapsed (whose nodes lie on a plane of their own). */
    private record Drawing(Map<BaseElement, Box> boxes, Set<BaseElement> collapsed) {
    }

    /**
     * The flow nodes the lanes must hold: those of the process, and those of every sub-process drawn expanded whose
     * nodes lanes name (any of them, at any depth); the nodes of other sub-processes go with their sub-process.
     */
    private static List<FlowNode> lanedNodes(Collection<FlowElement> elements, Set<FlowNode> named, Drawing drawing,
            List<FlowNode> found) {
        for (FlowElement element : elements) {
            if (element instanceof FlowNode node) {
                found.add(node);
                if (node instanceof SubProcess sub && lanesNameItsNodes(sub, named, drawing)) {
                    lanedNodes(sub.getFlowElements(), named, drawing, found);
                }
            }
        }
        return found;
    }

    private static boolean lanesNameItsNodes(SubProcess sub, Set<FlowNode> named, Drawing drawing) {
        return !drawing.collapsed().contains(sub) && sub.getFlowElements().stream().anyMatch(element -> named.contains(element)
                || (element instanceof SubProcess inner && lanesNameItsNodes(inner, named, drawing)));
    }

    /**
     * The distinct performers of the process's user tasks (assignee, candidate groups and candidate users as written),
     * each with the tasks it performs, in the model's order.
     */
    static Map<String, List<UserTask>> performers(Process process) {
        Map<String, List<UserTask>> performers = new LinkedHashMap<>();
        userTasks(process.getFlowElements(), null, new LinkedHashMap<>()).keySet()
                .forEach(task -> performers.computeIfAbsent(performer(task), key -> new ArrayList<>()).add(task));
        return performers;
    }

    /** Each user task with the node of the process that holds it: itself, or the sub-process it lies in. */
    private static Map<UserTask, FlowNode> userTasks(Collection<FlowElement> elements, FlowNode top,
            Map<UserTask, FlowNode> found) {
        for (FlowElement element : elements) {
            FlowNode holder = top != null ? top : element instanceof FlowNode node ? node : null;
            if (element instanceof UserTask task) {
                found.put(task, holder);
            } else if (element instanceof SubProcess sub) {
                userTasks(sub.getFlowElements(), holder, found);
            }
        }
        return found;
    }

    /**
     * A process whose user tasks have more than one performer and no lanes, named with its performers; empty when the
     * process has lanes or one performer. Asked by the tests (ProcessModelTest) of every model in processes/, not at
     * deploy time: the earlier versions kept for running cases (src/test/resources/models-before-*) have no lanes and
     * must still deploy for those cases.
     */
    static Optional<Violation> missingLanes(Process process) {
        Map<String, List<UserTask>> performers = performers(process);
        if (performers.size() < 2 || !leafLanes(process.getLaneSets()).isEmpty()) {
            return Optional.empty();
        }
        String tasks = String.join("; ", performers.values().stream()
                .map(list -> String.join(", ", list.stream().map(UserTask::getId).toList())).toList());
        return Optional.of(Violation.in(process, "用户任务由 " + performers.size() + " 个不同角色办理（" + tasks
                + "），却没有泳道：请把流程放进一个池，并为每个角色画一条泳道", "the user tasks have " + performers.size()
                + " different performers (" + tasks + ") but the process has no lanes: put it in a pool with one lane "
                + "per performer"));
    }

    private static String performer(UserTask task) {
        return "assignee=" + blankToEmpty(task.getCamundaAssignee()) + " candidateGroups="
                + blankToEmpty(task.getCamundaCandidateGroups()) + " candidateUsers="
                + blankToEmpty(task.getCamundaCandidateUsers());
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static void check(Process process, List<Lane> lanes, Box pool, Drawing drawing, List<Violation> violations) {
        Map<BaseElement, Box> drawn = drawing.boxes();
        for (Lane lane : lanes) {
            String name = lane.getName();
            if (name == null || !CHINESE.matcher(name).find()) {
                violations.add(Violation.in(lane, "泳道没有中文名称：请写明谁在此办理（如 工作办公室、称号单位）",
                        "the lane has no Chinese name: name who acts in it (e.g. 工作办公室, 称号单位)"));
            }
            Box box = drawn.get(lane);
            if (box != null && (pool == null || !pool.shrunk(-MARGIN).contains(box))) {
                violations.add(Violation.in(lane, "泳道不在流程 " + process.getId() + " 的池（参与者）内：请把泳道画在池中",
                        "the lane does not lie inside the pool (participant) of process " + process.getId()
                        + ": draw it in the pool"));
            }
        }
        Set<FlowNode> named = new HashSet<>();
        lanes.forEach(lane -> named.addAll(lane.getFlowNodeRefs()));
        Map<FlowNode, Lane> laneOf = new HashMap<>();
        for (FlowNode node : lanedNodes(process.getFlowElements(), named, drawing, new ArrayList<>())) {
            List<Lane> holding = lanes.stream().filter(lane -> lane.getFlowNodeRefs().contains(node)).toList();
            if (holding.isEmpty()) {
                violations.add(Violation.in(node, "不在任何泳道中：请把它放进办理它的角色的泳道",
                        "the node is in no lane: put it in the lane of the role that acts there"));
                continue;
            }
            if (holding.size() > 1) {
                violations.add(Violation.in(node, "同时属于多个泳道（" + names(holding) + "）：每个节点只能在一个泳道中",
                        "the node is in more than one lane (" + ids(holding) + "): a node belongs to exactly one lane"));
                continue;
            }
            laneOf.put(node, holding.get(0));
            drawnInside(node, holding.get(0), node instanceof SubProcess sub && lanesNameItsNodes(sub, named, drawing), drawn,
                    violations);
        }
        laneOf.forEach((node, lane) -> {
            if (node instanceof BoundaryEvent event && laneOf.containsKey(event.getAttachedTo())
                    && laneOf.get(event.getAttachedTo()) != lane) {
                violations.add(Violation.in(node, "边界事件与其所附任务 " + event.getAttachedTo().getId() + " 不在同一泳道",
                        "the boundary event is not in the lane of its task " + event.getAttachedTo().getId()));
            }
        });
        samePerformerSameLane(process, laneOf, violations);
    }

    /**
     * Whether the node is drawn in its lane: a boundary event and a sub-process spanning lanes by their centre (the
     * place Camunda Modeler gives them a lane by), any other node whole.
     */
    private static void drawnInside(FlowNode node, Lane lane, boolean spanning, Map<BaseElement, Box> drawn,
            List<Violation> violations) {
        Box shape = drawn.get(node);
        Box area = drawn.get(lane);
        if (shape == null || area == null) {
            return;
        }
        Box inside = area.shrunk(-MARGIN);
        Box centre = new Box(shape.x() + shape.width() / 2, shape.y() + shape.height() / 2, 0, 0);
        if (spanning && !inside.contains(centre)) {
            violations.add(Violation.in(node, "属于泳道 " + describe(lane) + "，其中心却不在该泳道内：跨泳道的子流程以中心所在的泳道为准，"
                    + "请把它列入该泳道", "the sub-process belongs to lane " + lane.getId() + " but its centre lies outside it: "
                    + "a sub-process spanning lanes belongs to the lane of its centre"));
        } else if (!spanning && !(node instanceof BoundaryEvent ? inside.contains(centre) : inside.contains(shape))) {
            violations.add(Violation.in(node, "属于泳道 " + describe(lane) + "，却画在该泳道之外：请把图形移进泳道",
                    "the node belongs to lane " + lane.getId() + " but is drawn outside it: move the shape into the lane"));
        }
    }

    private static void samePerformerSameLane(Process process, Map<FlowNode, Lane> laneOf, List<Violation> violations) {
        for (List<UserTask> tasks : performers(process).values()) {
            Lane first = null;
            UserTask firstTask = null;
            for (UserTask task : tasks) {
                Lane lane = laneHolding(task, laneOf);
                if (lane == null) {
                    continue;
                }
                if (first == null) {
                    first = lane;
                    firstTask = task;
                } else if (lane != first) {
                    violations.add(Violation.in(task, "与 " + firstTask.getId() + " 由同一角色办理，却在另一泳道 "
                            + describe(lane) + "：同一角色的任务须在同一泳道（" + describe(first) + "）",
                            "the task has the same performer as " + firstTask.getId() + " but is in another lane ("
                            + lane.getId() + "): tasks of one performer belong in one lane (" + first.getId() + ")"));
                }
            }
        }
    }

    /** The lane of the node, or of the innermost sub-process around it that the lanes hold. */
    private static Lane laneHolding(FlowNode node, Map<FlowNode, Lane> laneOf) {
        for (ModelElementInstance at = node; at != null; at = at.getParentElement()) {
            if (at instanceof FlowNode holder && laneOf.containsKey(holder)) {
                return laneOf.get(holder);
            }
        }
        return null;
    }

    /** The lanes that hold nodes: those without lanes of their own inside. */
    private static List<Lane> leafLanes(Collection<LaneSet> sets) {
        List<Lane> leaves = new ArrayList<>();
        for (LaneSet set : sets) {
            for (Lane lane : set.getLanes()) {
                LaneSet children = lane.getChildLaneSet();
                if (children == null || children.getLanes().isEmpty()) {
                    leaves.add(lane);
                } else {
                    leaves.addAll(leafLanes(List.of(children)));
                }
            }
        }
        return leaves;
    }

    private static Box pool(BpmnModelInstance model, Process process, Map<BaseElement, Box> drawn) {
        for (Participant participant : model.getModelElementsByType(Participant.class)) {
            if (participant.getProcess() == process) {
                return drawn.get(participant);
            }
        }
        return null;
    }

    private static String names(List<Lane> lanes) {
        Set<String> names = new LinkedHashSet<>();
        lanes.forEach(lane -> names.add(describe(lane)));
        return String.join("、", names);
    }

    private static String ids(List<Lane> lanes) {
        return String.join(", ", lanes.stream().map(Lane::getId).toList());
    }

    private static String describe(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() ? element.getId() : element.getId() + "（" + name.strip() + "）";
    }
}
