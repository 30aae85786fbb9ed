package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Each layout rule breaks on its kind of unreadable diagram and lets the readable one pass. The model is a start
 * event, two tasks (the second with a timer on its border) and an end event in a row inside a sub-process; each test
 * moves one thing.
 */
class ModelLayoutTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Layout" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:process id="layout" name="布局" isExecutable="true">
                <bpmn:subProcess id="SubProcess_Phase" name="阶段">
                  <bpmn:startEvent id="StartEvent_Begin" name="开始" />
                  <bpmn:userTask id="UserTask_Fill" name="填写" />
                  <bpmn:userTask id="UserTask_Check" name="审核" />
                  <bpmn:boundaryEvent id="BoundaryEvent_Late" name="逾期" attachedToRef="UserTask_Check">
                    <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
                  </bpmn:boundaryEvent>
                  <bpmn:endEvent id="EndEvent_Done" name="完成" />
                  <bpmn:sequenceFlow id="Flow_ToFill" sourceRef="StartEvent_Begin" targetRef="UserTask_Fill" />
                  <bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="UserTask_Fill" targetRef="UserTask_Check" />
                  <bpmn:sequenceFlow id="Flow_ToDone" sourceRef="UserTask_Check" targetRef="EndEvent_Done" />
                  <bpmn:sequenceFlow id="Flow_Back" name="退回" sourceRef="UserTask_Check" targetRef="UserTask_Fill" />
                </bpmn:subProcess>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_Layout">
                <bpmndi:BPMNPlane id="Plane_Layout" bpmnElement="layout">
            """;

    /** Start (40,100), 填写 (120,78), 审核 (270,78) with 逾期 on its lower border, end (420,100); 退回 goes below. */
    private static final List<String> READABLE = List.of(
            shape("SubProcess_Phase", 0, 0, 520, 300, " isExpanded=\"true\""),
            shape("StartEvent_Begin", 40, 100, 36, 36, ""),
            shape("UserTask_Fill", 120, 78, 100, 80, ""),
            shape("UserTask_Check", 270, 78, 100, 80, ""),
            shape("BoundaryEvent_Late", 302, 140, 36, 36, ""),
            shape("EndEvent_Done", 420, 100, 36, 36, ""),
            edge("Flow_ToFill", 76, 118, 120, 118),
            edge("Flow_ToCheck", 220, 118, 270, 118),
            edge("Flow_ToDone", 370, 118, 420, 118),
            edge("Flow_Back", 370, 140, 390, 140, 390, 240, 170, 240, 170, 158));

    private static String shape(String id, int x, int y, int width, int height, String attributes) {
        return "<bpmndi:BPMNShape id=\"" + id + "_di\" bpmnElement=\"" + id + "\"" + attributes + "><dc:Bounds x=\"" + x
                + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\" /></bpmndi:BPMNShape>";
    }

    private static String edge(String id, int... points) {
        StringBuilder edge = new StringBuilder("<bpmndi:BPMNEdge id=\"" + id + "_di\" bpmnElement=\"" + id + "\">");
        for (int i = 0; i < points.length; i += 2) {
            edge.append("<di:waypoint x=\"").append(points[i]).append("\" y=\"").append(points[i + 1]).append("\" />");
        }
        return edge.append("</bpmndi:BPMNEdge>").toString();
    }

    /** The readable diagram with the drawing of one element replaced. */
    private static BpmnModelInstance with(String id, String drawing) {
        StringBuilder xml = new StringBuilder(HEAD);
        for (String element : READABLE) {
            xml.append(element.contains("bpmnElement=\"" + id + "\"") ? drawing : element).append('\n');
        }
        xml.append("</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>");
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> violations(BpmnModelInstance model) {
        return ModelLayout.violations(model).stream().map(Violation::toString).toList();
    }

    @Test
    void accepts_a_diagram_whose_flows_run_between_shapes_and_whose_loop_goes_around() {
        assertThat(violations(with("none", ""))).isEmpty();
    }

    @Test
    void refuses_a_flow_through_a_shape_it_does_not_connect() {
        assertThat(violations(with("Flow_ToFill", edge("Flow_ToFill", 76, 118, 76, 60, 285, 60, 285, 170, 170, 170, 170, 158))))
                .containsExactly("Flow_ToFill: 连线穿过不相连的 UserTask_Check（审核）：请绕开它 / the flow runs through "
                        + "UserTask_Check, which it does not connect: route it around");
    }

    @Test
    void refuses_a_return_loop_drawn_straight_through_its_own_tasks() {
        assertThat(violations(with("Flow_Back", edge("Flow_Back", 370, 118, 120, 118)))).containsExactly(
                "Flow_Back（退回）: 连线穿过自己连接的 UserTask_Fill（填写）：返回的连线须绕开任务，从外部进入目标 / the flow runs "
                        + "through UserTask_Fill, which it connects: draw a return loop around the tasks and enter the target from outside",
                "Flow_Back（退回）: 连线穿过自己连接的 UserTask_Check（审核）：返回的连线须绕开任务，从外部进入目标 / the flow runs "
                        + "through UserTask_Check, which it connects: draw a return loop around the tasks and enter the target from outside");
    }

    @Test
    void refuses_a_flow_that_enters_its_end_event_from_inside() {
        assertThat(violations(with("Flow_ToDone", edge("Flow_ToDone", 370, 118, 438, 118, 438, 136)))).containsExactly(
                "Flow_ToDone: 连线穿过自己连接的 EndEvent_Done（完成）：返回的连线须绕开任务，从外部进入目标 / the flow runs through "
                        + "EndEvent_Done, which it connects: draw a return loop around the tasks and enter the target from outside");
    }

    @Test
    void refuses_shapes_that_overlap_but_not_a_boundary_event_on_its_host_or_shapes_inside_their_sub_process() {
        assertThat(violations(with("EndEvent_Done", shape("EndEvent_Done", 350, 100, 36, 36, ""))))
                .contains("EndEvent_Done（完成）: 图形与 UserTask_Check（审核） 重叠：请移开 / the shape overlaps UserTask_Check: move it apart")
                .noneMatch(violation -> violation.startsWith("BoundaryEvent_Late") || violation.contains("SubProcess_Phase"));
    }

    @Test
    void refuses_a_boundary_event_that_overlaps_another_task_than_its_host() {
        assertThat(violations(with("BoundaryEvent_Late", shape("BoundaryEvent_Late", 200, 140, 36, 36, ""))))
                .contains("BoundaryEvent_Late（逾期）: 图形与 UserTask_Fill（填写） 重叠：请移开 / the shape overlaps UserTask_Fill: move it apart");
    }

    @Test
    void refuses_a_shape_half_outside_its_sub_process() {
        assertThat(violations(with("EndEvent_Done", shape("EndEvent_Done", 500, 100, 36, 36, "")))).contains(
                "EndEvent_Done（完成）: 图形与 SubProcess_Phase（阶段） 重叠：请移开 / the shape overlaps SubProcess_Phase: move it apart");
    }

    @Test
    void refuses_a_flow_across_a_label_drawn_or_placed_by_default_under_an_event() {
        String labelled = "<bpmndi:BPMNShape id=\"UserTask_Fill_di\" bpmnElement=\"UserTask_Fill\"><dc:Bounds x=\"120\" y=\"78\""
                + " width=\"100\" height=\"80\" /></bpmndi:BPMNShape>";
        assertThat(violations(with("UserTask_Fill", labelled))).isEmpty();
        assertThat(violations(with("Flow_Back", edge("Flow_Back", 370, 140, 390, 140, 390, 240, 58, 240, 58, 150, 100, 150,
                100, 140, 120, 140)))).containsExactly("Flow_Back（退回）: 连线穿过 StartEvent_Begin（开始） 的标签：请移动标签或连线"
                        + " / the flow crosses the label of StartEvent_Begin: move the label or the flow");
        String drawnLabel = "<bpmndi:BPMNShape id=\"EndEvent_Done_di\" bpmnElement=\"EndEvent_Done\"><dc:Bounds x=\"420\" y=\"100\""
                + " width=\"36\" height=\"36\" /><bpmndi:BPMNLabel><dc:Bounds x=\"360\" y=\"225\" width=\"40\" height=\"20\" />"
                + "</bpmndi:BPMNLabel></bpmndi:BPMNShape>";
        assertThat(violations(with("EndEvent_Done", drawnLabel))).containsExactly("Flow_Back（退回）: 连线穿过 EndEvent_Done（完成）"
                + " 的标签：请移动标签或连线 / the flow crosses the label of EndEvent_Done: move the label or the flow");
    }

    @Test
    void refuses_a_diagram_too_wide_for_a_1920_by_1080_screen_at_a_readable_zoom() {
        int far = ModelLayout.MAX_WIDTH + 100;
        assertThat(violations(with("SubProcess_Phase", shape("SubProcess_Phase", 0, 0, far + 100, 300, " isExpanded=\"true\""))))
                .containsExactly("layout（布局）: 流程图 " + (far + 100) + "×300 像素，超过 2640×1460：在 1920×1080 屏幕上无法以可读的比例"
                        + "完整显示，请分阶段（子流程或调用流程）或折行布局 / the diagram is " + (far + 100) + "×300 px, more than "
                        + "2640×1460: it does not fit a 1920×1080 screen at a readable zoom; cut it into phases (sub-processes or "
                        + "called processes) or lay it out in rows");
    }

    @Test
    void refuses_a_node_of_a_sub_process_drawn_outside_it() {
        assertThat(violations(with("EndEvent_Done", shape("EndEvent_Done", 560, 100, 36, 36, "")))).contains(
                "EndEvent_Done（完成）: 属于子流程 SubProcess_Phase（阶段），却画在它的框外：请把图形移进子流程 / the node belongs to "
                        + "sub-process SubProcess_Phase but is drawn outside it: move the shape into the sub-process");
    }

    @Test
    void refuses_a_flow_between_shapes_outside_a_sub_process_that_runs_through_it_but_not_one_entering_or_leaving_it() {
        assertThat(violations(ModelLanesTest.read(ModelLanesTest.PHASED))).as("the flows into and out of the phase").isEmpty();
        String through = ModelLanesTest.phasedWith("sourceRef=\"SubProcess_Phase\" targetRef=\"EndEvent_Done\"",
                "sourceRef=\"StartEvent_Begin\" targetRef=\"EndEvent_Done\"").replace(
                "<di:waypoint x=\"560\" y=\"75\" /><di:waypoint x=\"600\" y=\"75\" />",
                "<di:waypoint x=\"116\" y=\"75\" /><di:waypoint x=\"145\" y=\"75\" /><di:waypoint x=\"145\" y=\"140\" />"
                        + "<di:waypoint x=\"580\" y=\"140\" /><di:waypoint x=\"580\" y=\"75\" /><di:waypoint x=\"600\" y=\"75\" />");
        assertThat(violations(ModelLanesTest.read(through))).contains("Flow_ToDone: 连线穿过不相连的 SubProcess_Phase（阶段）：请绕开它 / "
                + "the flow runs through SubProcess_Phase, which it does not connect: route it around");
    }
}
