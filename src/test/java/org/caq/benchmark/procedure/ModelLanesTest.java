package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * Each lane rule breaks on its kind of misleading diagram and lets the honest one pass. The model is a pool with two
 * lanes: the office (开始, 审核) above, the title holder (填写, 完成) below; each test changes one thing.
 */
class ModelLanesTest {

    /** The lanes, the nodes and the pool as Camunda Modeler writes them; the office lane holds 开始 and 审核. */
    static final String LANED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_Lanes" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:collaboration id="Collaboration_Lanes">
                <bpmn:participant id="Participant_Lanes" name="泳道" processRef="lanes" />
              </bpmn:collaboration>
              <bpmn:process id="lanes" name="泳道" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:laneSet id="LaneSet_Lanes">
                  <bpmn:lane id="Lane_Office" name="工作办公室">
                    <bpmn:flowNodeRef>StartEvent_Begin</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>UserTask_Check</bpmn:flowNodeRef>
                  </bpmn:lane>
                  <bpmn:lane id="Lane_Holder" name="称号单位">
                    <bpmn:flowNodeRef>UserTask_Fill</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>EndEvent_Done</bpmn:flowNodeRef>
                  </bpmn:lane>
                </bpmn:laneSet>
                <bpmn:startEvent id="StartEvent_Begin" name="开始" />
                <bpmn:userTask id="UserTask_Check" name="审核" camunda:candidateGroups="office" />
                <bpmn:userTask id="UserTask_Fill" name="填写" camunda:assignee="${holder}" />
                <bpmn:endEvent id="EndEvent_Done" name="完成" />
                <bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="StartEvent_Begin" targetRef="UserTask_Check" />
                <bpmn:sequenceFlow id="Flow_ToFill" sourceRef="UserTask_Check" targetRef="UserTask_Fill" />
                <bpmn:sequenceFlow id="Flow_ToDone" sourceRef="UserTask_Fill" targetRef="EndEvent_Done" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_Lanes">
                <bpmndi:BPMNPlane id="Plane_Lanes" bpmnElement="Collaboration_Lanes">
                  <bpmndi:BPMNShape id="Participant_Lanes_di" bpmnElement="Participant_Lanes" isHorizontal="true"><dc:Bounds x="0" y="0" width="600" height="300" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Lane_Office_di" bpmnElement="Lane_Office" isHorizontal="true"><dc:Bounds x="30" y="0" width="570" height="150" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Lane_Holder_di" bpmnElement="Lane_Holder" isHorizontal="true"><dc:Bounds x="30" y="150" width="570" height="150" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="StartEvent_Begin_di" bpmnElement="StartEvent_Begin"><dc:Bounds x="80" y="57" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="UserTask_Check_di" bpmnElement="UserTask_Check"><dc:Bounds x="160" y="35" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="UserTask_Fill_di" bpmnElement="UserTask_Fill"><dc:Bounds x="300" y="185" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="EndEvent_Done_di" bpmnElement="EndEvent_Done"><dc:Bounds x="500" y="207" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Flow_ToCheck_di" bpmnElement="Flow_ToCheck"><di:waypoint x="116" y="75" /><di:waypoint x="160" y="75" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_ToFill_di" bpmnElement="Flow_ToFill"><di:waypoint x="210" y="115" /><di:waypoint x="210" y="225" /><di:waypoint x="300" y="225" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_ToDone_di" bpmnElement="Flow_ToDone"><di:waypoint x="400" y="225" /><di:waypoint x="500" y="225" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    /**
     * A phase as an expanded sub-process spanning both lanes (decision 0082), as Camunda Modeler writes it: the
     * sub-process in the office lane by its centre, its 审核 in the office lane, its 填写 and its end in the holder's.
     */
    static final String PHASED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_Phased" targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:collaboration id="Collaboration_Phased">
                <bpmn:participant id="Participant_Phased" name="分阶段" processRef="phased" />
              </bpmn:collaboration>
              <bpmn:process id="phased" name="分阶段" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:laneSet id="LaneSet_Phased">
                  <bpmn:lane id="Lane_Office" name="工作办公室">
                    <bpmn:flowNodeRef>StartEvent_Begin</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>SubProcess_Phase</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>StartEvent_Phase</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>UserTask_Check</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>EndEvent_Done</bpmn:flowNodeRef>
                  </bpmn:lane>
                  <bpmn:lane id="Lane_Holder" name="称号单位">
                    <bpmn:flowNodeRef>UserTask_Fill</bpmn:flowNodeRef>
                    <bpmn:flowNodeRef>EndEvent_Phase</bpmn:flowNodeRef>
                  </bpmn:lane>
                </bpmn:laneSet>
                <bpmn:startEvent id="StartEvent_Begin" name="开始" />
                <bpmn:subProcess id="SubProcess_Phase" name="阶段">
                  <bpmn:startEvent id="StartEvent_Phase" />
                  <bpmn:userTask id="UserTask_Check" name="审核" camunda:candidateGroups="office" />
                  <bpmn:userTask id="UserTask_Fill" name="填写" camunda:assignee="${holder}" />
                  <bpmn:endEvent id="EndEvent_Phase" name="已填写" />
                  <bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="StartEvent_Phase" targetRef="UserTask_Check" />
                  <bpmn:sequenceFlow id="Flow_ToFill" sourceRef="UserTask_Check" targetRef="UserTask_Fill" />
                  <bpmn:sequenceFlow id="Flow_ToPhaseDone" sourceRef="UserTask_Fill" targetRef="EndEvent_Phase" />
                </bpmn:subProcess>
                <bpmn:endEvent id="EndEvent_Done" name="完成" />
                <bpmn:sequenceFlow id="Flow_ToPhase" sourceRef="StartEvent_Begin" targetRef="SubProcess_Phase" />
                <bpmn:sequenceFlow id="Flow_ToDone" sourceRef="SubProcess_Phase" targetRef="EndEvent_Done" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_Phased">
                <bpmndi:BPMNPlane id="Plane_Phased" bpmnElement="Collaboration_Phased">
                  <bpmndi:BPMNShape id="Participant_Phased_di" bpmnElement="Participant_Phased" isHorizontal="true"><dc:Bounds x="0" y="0" width="700" height="300" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Lane_Office_di" bpmnElement="Lane_Office" isHorizontal="true"><dc:Bounds x="30" y="0" width="670" height="150" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Lane_Holder_di" bpmnElement="Lane_Holder" isHorizontal="true"><dc:Bounds x="30" y="150" width="670" height="150" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="StartEvent_Begin_di" bpmnElement="StartEvent_Begin"><dc:Bounds x="80" y="57" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="SubProcess_Phase_di" bpmnElement="SubProcess_Phase" isExpanded="true"><dc:Bounds x="140" y="20" width="420" height="250" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="StartEvent_Phase_di" bpmnElement="StartEvent_Phase"><dc:Bounds x="160" y="57" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="UserTask_Check_di" bpmnElement="UserTask_Check"><dc:Bounds x="220" y="35" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="UserTask_Fill_di" bpmnElement="UserTask_Fill"><dc:Bounds x="380" y="185" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="EndEvent_Phase_di" bpmnElement="EndEvent_Phase"><dc:Bounds x="510" y="207" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="EndEvent_Done_di" bpmnElement="EndEvent_Done"><dc:Bounds x="600" y="57" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Flow_ToPhase_di" bpmnElement="Flow_ToPhase"><di:waypoint x="116" y="75" /><di:waypoint x="140" y="75" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_ToCheck_di" bpmnElement="Flow_ToCheck"><di:waypoint x="196" y="75" /><di:waypoint x="220" y="75" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_ToFill_di" bpmnElement="Flow_ToFill"><di:waypoint x="270" y="115" /><di:waypoint x="270" y="225" /><di:waypoint x="380" y="225" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_ToPhaseDone_di" bpmnElement="Flow_ToPhaseDone"><di:waypoint x="480" y="225" /><di:waypoint x="510" y="225" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_ToDone_di" bpmnElement="Flow_ToDone"><di:waypoint x="560" y="75" /><di:waypoint x="600" y="75" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    /** The phased model with one text replaced (which must be there). */
    static String phasedWith(String find, String replace) {
        assertThat(PHASED).contains(find);
        return PHASED.replace(find, replace);
    }

    static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The honest model with one text replaced (which must be there). */
    static String with(String find, String replace) {
        assertThat(LANED).contains(find);
        return LANED.replace(find, replace);
    }

    private static List<String> violations(String xml) {
        BpmnModelInstance model = read(xml);
        List<String> found = new java.util.ArrayList<>(ModelLanes.violations(model).stream().map(Violation::toString).toList());
        model.getModelElementsByType(Process.class)
                .forEach(process -> ModelLanes.missingLanes(process).ifPresent(violation -> found.add(violation.toString())));
        return found;
    }

    @Test
    void accepts_a_pool_whose_lanes_hold_each_node_once_and_draw_it_inside() {
        assertThat(violations(LANED)).isEmpty();
        assertThat(ModelLayout.violations(read(LANED))).isEmpty();
    }

    @Test
    void accepts_a_model_of_one_performer_without_lanes() {
        String plain = with("camunda:assignee=\"${holder}\"", "camunda:candidateGroups=\"office\"")
                .replaceAll("(?s)<bpmn:laneSet.*</bpmn:laneSet>", "")
                .replaceAll("<bpmndi:BPMNShape id=\"Lane_\\w+_di\"[^\n]*\n", "");
        assertThat(violations(plain)).isEmpty();
    }

    @Test
    void refuses_a_process_of_two_performers_without_lanes() {
        String plain = LANED.replaceAll("(?s)<bpmn:laneSet.*</bpmn:laneSet>", "")
                .replaceAll("<bpmndi:BPMNShape id=\"Lane_\\w+_di\"[^\n]*\n", "");
        assertThat(violations(plain)).containsExactly("lanes（泳道）: 用户任务由 2 个不同角色办理（UserTask_Check; UserTask_Fill），"
                + "却没有泳道：请把流程放进一个池，并为每个角色画一条泳道 / the user tasks have 2 different performers "
                + "(UserTask_Check; UserTask_Fill) but the process has no lanes: put it in a pool with one lane per performer");
    }

    @Test
    void refuses_a_node_in_no_lane() {
        assertThat(violations(with("<bpmn:flowNodeRef>EndEvent_Done</bpmn:flowNodeRef>", ""))).containsExactly(
                "EndEvent_Done（完成）: 不在任何泳道中：请把它放进办理它的角色的泳道 / the node is in no lane: put it in the lane "
                        + "of the role that acts there");
    }

    @Test
    void refuses_a_node_in_two_lanes() {
        assertThat(violations(with("<bpmn:flowNodeRef>EndEvent_Done</bpmn:flowNodeRef>",
                "<bpmn:flowNodeRef>EndEvent_Done</bpmn:flowNodeRef><bpmn:flowNodeRef>UserTask_Check</bpmn:flowNodeRef>")))
                .containsExactly("UserTask_Check（审核）: 同时属于多个泳道（Lane_Office（工作办公室）、Lane_Holder（称号单位））：每个节点"
                        + "只能在一个泳道中 / the node is in more than one lane (Lane_Office, Lane_Holder): a node belongs to "
                        + "exactly one lane");
    }

    @Test
    void refuses_a_node_drawn_outside_its_lane() {
        assertThat(violations(with("<dc:Bounds x=\"500\" y=\"207\"", "<dc:Bounds x=\"500\" y=\"57\""))).containsExactly(
                "EndEvent_Done（完成）: 属于泳道 Lane_Holder（称号单位），却画在该泳道之外：请把图形移进泳道 / the node belongs to "
                        + "lane Lane_Holder but is drawn outside it: move the shape into the lane");
    }

    @Test
    void refuses_two_tasks_of_one_performer_in_different_lanes() {
        assertThat(violations(with("camunda:assignee=\"${holder}\"", "camunda:candidateGroups=\"office\""))).containsExactly(
                "UserTask_Fill（填写）: 与 UserTask_Check 由同一角色办理，却在另一泳道 Lane_Holder（称号单位）：同一角色的任务须在同一泳道"
                        + "（Lane_Office（工作办公室）） / the task has the same performer as UserTask_Check but is in another lane "
                        + "(Lane_Holder): tasks of one performer belong in one lane (Lane_Office)");
    }

    @Test
    void refuses_a_lane_without_a_chinese_name_or_outside_its_pool() {
        assertThat(violations(with("name=\"称号单位\"", "name=\"Holder\""))).containsExactly(
                "Lane_Holder（Holder）: 泳道没有中文名称：请写明谁在此办理（如 工作办公室、称号单位） / the lane has no Chinese "
                        + "name: name who acts in it (e.g. 工作办公室, 称号单位)");
        assertThat(violations(with("width=\"600\" height=\"300\"", "width=\"600\" height=\"200\""))).containsExactly(
                "Lane_Holder（称号单位）: 泳道不在流程 lanes 的池（参与者）内：请把泳道画在池中 / the lane does not lie inside the "
                        + "pool (participant) of process lanes: draw it in the pool");
    }

    @Test
    void refuses_lanes_that_overlap_by_the_layout_rule() {
        assertThat(ModelLayout.violations(read(with("<dc:Bounds x=\"30\" y=\"150\" width=\"570\" height=\"150\"",
                "<dc:Bounds x=\"30\" y=\"120\" width=\"570\" height=\"180\"")))).extracting(Violation::toString)
                .contains("Lane_Holder（称号单位）: 图形与 Lane_Office（工作办公室） 重叠：请移开 / the shape overlaps Lane_Office: move it apart");
    }

    @Test
    void accepts_an_expanded_sub_process_spanning_lanes_whose_nodes_each_lie_in_their_lane() {
        assertThat(violations(PHASED)).isEmpty();
        assertThat(ModelLayout.violations(read(PHASED))).isEmpty();
    }

    @Test
    void refuses_a_nested_user_task_drawn_outside_its_lane() {
        assertThat(violations(phasedWith("<dc:Bounds x=\"380\" y=\"185\"", "<dc:Bounds x=\"380\" y=\"35\""))).containsExactly(
                "UserTask_Fill（填写）: 属于泳道 Lane_Holder（称号单位），却画在该泳道之外：请把图形移进泳道 / the node belongs to "
                        + "lane Lane_Holder but is drawn outside it: move the shape into the lane");
    }

    @Test
    void refuses_a_nested_node_in_no_lane_once_the_lanes_name_the_sub_process_s_nodes() {
        assertThat(violations(phasedWith("<bpmn:flowNodeRef>EndEvent_Phase</bpmn:flowNodeRef>", ""))).containsExactly(
                "EndEvent_Phase（已填写）: 不在任何泳道中：请把它放进办理它的角色的泳道 / the node is in no lane: put it in the lane "
                        + "of the role that acts there");
    }

    @Test
    void refuses_a_spanning_sub_process_listed_in_a_lane_its_centre_is_not_in() {
        String moved = phasedWith("<bpmn:flowNodeRef>SubProcess_Phase</bpmn:flowNodeRef>\n", "")
                .replace("<bpmn:flowNodeRef>UserTask_Fill</bpmn:flowNodeRef>",
                        "<bpmn:flowNodeRef>UserTask_Fill</bpmn:flowNodeRef><bpmn:flowNodeRef>SubProcess_Phase</bpmn:flowNodeRef>");
        assertThat(violations(moved)).containsExactly("SubProcess_Phase（阶段）: 属于泳道 Lane_Holder（称号单位），其中心却不在该泳道内："
                + "跨泳道的子流程以中心所在的泳道为准，请把它列入该泳道 / the sub-process belongs to lane Lane_Holder but its centre lies "
                + "outside it: a sub-process spanning lanes belongs to the lane of its centre");
    }

    @Test
    void keeps_a_sub_process_whose_nodes_no_lane_names_whole_in_its_own_lane() {
        String unnamed = PHASED;
        for (String node : List.of("StartEvent_Phase", "UserTask_Check", "UserTask_Fill", "EndEvent_Phase")) {
            unnamed = unnamed.replace("<bpmn:flowNodeRef>" + node + "</bpmn:flowNodeRef>", "");
        }
        assertThat(violations(unnamed)).containsExactly("SubProcess_Phase（阶段）: 属于泳道 Lane_Office（工作办公室），却画在该泳道之外："
                + "请把图形移进泳道 / the node belongs to lane Lane_Office but is drawn outside it: move the shape into the lane");
        String inside = unnamed.replace("<dc:Bounds x=\"140\" y=\"20\" width=\"420\" height=\"250\"",
                "<dc:Bounds x=\"140\" y=\"20\" width=\"420\" height=\"120\"");
        assertThat(violations(inside)).as("its nodes go with it, wherever they are drawn").isEmpty();
    }
}
