package org.caq.benchmark.audit;

import java.util.Map;

/** The engine's words in a case's trail, as an auditor reads them. */
final class TrailWords {

    private static final Map<String, String> STATES = Map.of(
            "ACTIVE", "办理中", "COMPLETED", "已办结", "SUSPENDED", "已挂起",
            "EXTERNALLY_TERMINATED", "已终止（人工）", "INTERNALLY_TERMINATED", "已终止（流程内）");

    private static final Map<String, String> ACTIVITY_TYPES = Map.ofEntries(
            Map.entry("startEvent", "开始"), Map.entry("messageStartEvent", "收到消息后开始"),
            Map.entry("timerStartEvent", "定时开始"), Map.entry("noneEndEvent", "结束"),
            Map.entry("messageEndEvent", "结束并通知"), Map.entry("errorEndEvent", "提前结束本阶段"),
            Map.entry("terminateEndEvent", "终止"), Map.entry("userTask", "人工办理"), Map.entry("serviceTask", "系统处理"),
            Map.entry("sendTask", "发送通知"), Map.entry("receiveTask", "等待回复"), Map.entry("callActivity", "调用子流程"),
            Map.entry("subProcess", "子流程"), Map.entry("multiInstanceBody", "多实例"),
            Map.entry("exclusiveGateway", "判断"), Map.entry("parallelGateway", "并行"),
            Map.entry("inclusiveGateway", "条件并行"), Map.entry("eventBasedGateway", "等待其一"),
            Map.entry("intermediateTimer", "定时等待"), Map.entry("intermediateMessageCatch", "等待消息"),
            Map.entry("intermediateSignalCatch", "等待信号"), Map.entry("intermediateMessageThrowEvent", "发送消息"),
            Map.entry("intermediateNoneThrowEvent", "节点"), Map.entry("boundaryTimer", "超时"),
            Map.entry("boundaryMessage", "收到消息"), Map.entry("boundaryError", "转入例外处理"),
            Map.entry("boundarySignal", "收到信号"), Map.entry("boundaryEscalation", "上报"));

    private static final Map<String, String> OUTCOMES = Map.of("completed", "已完成", "deleted", "已撤销");

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("Claim", "认领"), Map.entry("Complete", "完成"), Map.entry("Assign", "指派"),
            Map.entry("Delegate", "委托"), Map.entry("Resolve", "办结委托"), Map.entry("SetOwner", "设置负责人"),
            Map.entry("SetPriority", "设置优先级"), Map.entry("Update", "修改"), Map.entry("Create", "创建"),
            Map.entry("Delete", "删除"), Map.entry("AddUserLink", "添加办理人"), Map.entry("DeleteUserLink", "移除办理人"),
            Map.entry("AddGroupLink", "添加候选组"), Map.entry("DeleteGroupLink", "移除候选组"),
            Map.entry("SetVariable", "设置数据"), Map.entry("RemoveVariable", "删除数据"),
            Map.entry("ModifyVariable", "修改数据"), Map.entry("ModifyProcessInstance", "修改流程进度"),
            Map.entry("Migrate", "迁移版本"), Map.entry("Suspend", "挂起"), Map.entry("Activate", "激活"),
            Map.entry("SetJobRetries", "重试作业"), Map.entry("AddAttachment", "添加附件"),
            Map.entry("DeleteAttachment", "删除附件"), Map.entry("CreateIncident", "记录故障"),
            Map.entry("CorrelateMessage", "发送消息"));

    private static final Map<String, String> ENTITIES = Map.of(
            "Task", "任务", "ProcessInstance", "流程实例", "Variable", "数据", "Job", "作业",
            "Attachment", "附件", "IdentityLink", "办理人", "ProcessDefinition", "流程定义", "Incident", "故障");

    private static final Map<String, String> PROPERTIES = Map.of(
            "assignee", "办理人", "owner", "负责人", "delete", "办结", "priority", "优先级", "dueDate", "期限",
            "name", "名称", "description", "说明", "followUpDate", "跟进日期");

    private TrailWords() {
    }

    static String state(String state) {
        return word(STATES, state);
    }

    static String activityType(String type) {
        return word(ACTIVITY_TYPES, type);
    }

    static String outcome(String deleteReason) {
        return deleteReason == null ? null : OUTCOMES.getOrDefault(deleteReason, "已撤销（" + deleteReason + "）");
    }

    static String operation(String operation) {
        return word(OPERATIONS, operation);
    }

    static String entity(String entity) {
        return word(ENTITIES, entity);
    }

    static String property(String property) {
        return property == null ? null : PROPERTIES.getOrDefault(property, "其他属性");
    }

    private static String word(Map<String, String> words, String engineWord) {
        return engineWord == null ? null : words.getOrDefault(engineWord, "其他");
    }
}
