package org.caq.benchmark.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What each recorded value is called, in the words the people saw: the label of the form field it was typed into
 * (from the forms themselves, so a new field brings its name along), or, for what the procedure records on its
 * own, the name below.
 */
@Component
class VariableLabels {

    /** Shown for a value nobody has named yet; AuditTrailIT fails when one appears. */
    static final String UNNAMED = "其他数据项";

    private static final Map<String, String> RECORDED_BY_THE_PROCEDURE = Map.ofEntries(
            Map.entry("applicant", "申报账号"), Map.entry("applicationNumber", "申报编号"),
            Map.entry("campaignNumber", "活动编号"), Map.entry("campaignStarter", "活动发起人"),
            Map.entry("chairOptions", "可任主任委员的专家"), Map.entry("managementOptions", "管理方法组可选专家"),
            Map.entry("digitalOptions", "数字化与新模式组可选专家"), Map.entry("serviceOptions", "服务与社会责任组可选专家"),
            Map.entry("managementNeeded", "需组建管理方法组"), Map.entry("digitalNeeded", "需组建数字化与新模式组"),
            Map.entry("serviceNeeded", "需组建服务与社会责任组"),
            Map.entry("caseLabel", "案卷"), Map.entry("committeeProposal", "评审委员会建议方案"),
            Map.entry("eligibilityFindings", "资格自动检查结果"), Map.entry("expert", "评审专家"),
            Map.entry("finalList", "遴选结果名单"), Map.entry("finalListNote", "遴选结果说明"),
            Map.entry("listAfterPublicity", "公示后名单"), Map.entry("ministryCommentsText", "工信部意见"),
            Map.entry("missingCalendarYear", "缺少节假日安排的年份"), Map.entry("objectionSummary", "异议概况"),
            Map.entry("onPreliminaryList", "列入初评名单"), Map.entry("preliminaryList", "初评名单"),
            Map.entry("ranking", "得分排名"), Map.entry("recommendingUnitName", "推荐单位名称"),
            Map.entry("remainingQuota", "剩余推荐名额"), Map.entry("reviewAssignmentId", "评审任务编号"),
            Map.entry("reviewDueAt", "评审截止时间"), Map.entry("reviewReminderAt", "评审提醒时间"),
            Map.entry("reviewStage", "评审阶段"), Map.entry("revocationOpener", "撤销发起人"),
            Map.entry("rubricText", "评分标准"), Map.entry("selectionOptions", "可选申报"),
            Map.entry("shortlisted", "入围答辩"), Map.entry("supplementDueAt", "补正截止时间"),
            Map.entry("titleSummary", "称号概况"), Map.entry("applicationNotes", "省级遴选结果"),
            Map.entry("eligibleTitles", "可推荐的省级质量标杆"), Map.entry("exchangeInvitedList", "受邀称号单位"),
            Map.entry("objectionOverdueSteps", "逾期环节"), Map.entry("overdueDuty", "逾期事项"));

    private final Map<String, String> labels = new HashMap<>(RECORDED_BY_THE_PROCEDURE);

    VariableLabels() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(json.readTree(in).path("components"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the forms' labels", e);
        }
    }

    String of(String variable) {
        return labels.getOrDefault(variable, UNNAMED);
    }

    private void collect(JsonNode components) {
        for (JsonNode component : components) {
            String label = component.path("label").asText(component.path("dateLabel").asText(""));
            if (component.hasNonNull("key") && !label.isBlank()) {
                labels.putIfAbsent(component.get("key").asText(), label.split("[（(]")[0].strip());
            }
            collect(component.path("components"));
        }
    }
}
