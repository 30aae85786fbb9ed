package org.caq.benchmark.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.notice.Notice;
import org.caq.benchmark.notice.Notices;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of any case, running or finished (Community Cockpit shows only running ones), for auditors,
 * the national office and administrators; and the same as a downloadable dossier in JSON or CSV.
 */
@RestController
class AuditController {

    private final CaseTrails trails;
    private final Decisions decisions;
    private final Applications applications;
    private final CurrentUser user;
    private final Notices notices;

    AuditController(CaseTrails trails, Decisions decisions, Applications applications, CurrentUser user, Notices notices) {
        this.trails = trails;
        this.decisions = decisions;
        this.applications = applications;
        this.user = user;
        this.notices = notices;
    }

    record Dossier(CaseTrail trail, List<Decisions.Decision> decisions, List<Notice> notices,
            Map<String, List<String>> campaignStages) {
    }

    @GetMapping("/api/audit/cases/{key}")
    Dossier trail(@PathVariable String key) {
        if (!user.inAny(ProcedureGroup.AUDITOR.id(), ProcedureGroup.OFFICE.id(), CurrentUser.ADMINS)) {
            throw new ApplicationAccess.NotVisible("案卷 " + key);
        }
        CaseTrail trail = trails.of(key).orElseThrow(() -> new ApplicationAccess.NotVisible("案卷 " + key));
        Map<String, List<String>> stages = null;
        if (CampaignProcess.KEY.equals(trail.caseInfo().processDefinitionKey())) {
            stages = new LinkedHashMap<>();
            for (Applications.Case c : applications.inCampaign(trail.caseInfo().businessKey())) {
                stages.computeIfAbsent(c.status().displayName(), status -> new ArrayList<>()).add(c.number());
            }
        }
        return new Dossier(trail, decisions.of(trail), notices.ofCase(trail.caseInfo().processInstanceId()), stages);
    }

    @GetMapping("/api/audit/cases/{key}/dossier.json")
    ResponseEntity<Dossier> json(@PathVariable String key) {
        Dossier dossier = trail(key);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(dossier, "json")).body(dossier);
    }

    @GetMapping("/api/audit/cases/{key}/dossier.csv")
    ResponseEntity<String> csv(@PathVariable String key) {
        Dossier dossier = trail(key);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(dossier, "csv"))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body("\uFEFF" + Csv.of(dossier));
    }

    private static String attachment(Dossier dossier, String extension) {
        CaseTrail.Case c = dossier.trail().caseInfo();
        String name = (c.businessKey() == null ? c.processInstanceId() : c.businessKey()) + "-audit." + extension;
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }

    /** One row per event, in Chinese: 类别 (case, step, decision, value, operation, stage), time (Beijing), name, who, detail. */
    static final class Csv {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(BeijingTime.ZONE);

        private Csv() {
        }

        static String of(Dossier dossier) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("类别", "时间（北京时间）", "名称", "人员", "详情"));
            CaseTrail.Case c = dossier.trail().caseInfo();
            rows.add(List.of("案卷", time(c.start()), c.processName() + "（第 " + c.version() + " 版）", nz(c.startedBy()),
                    nz(c.businessKey()) + " " + c.stateName() + (c.end() == null ? "" : "，结束于 " + time(c.end()))));
            dossier.trail().activities().forEach(s -> rows.add(List.of("环节", time(s.start()),
                    s.name() == null ? s.typeName() : s.name(), nz(s.assignee()),
                    s.typeName() + (s.end() == null ? "，办理中" : "，结束于 " + time(s.end()))
                            + (s.outcomeName() == null ? "" : "，" + s.outcomeName()))));
            dossier.decisions().forEach(d -> rows.add(List.of("决策", time(d.time()), nz(d.stage()),
                    decider(d.userName(), d.userId()),
                    nz(d.decision()) + (d.reason() == null ? "" : "：" + d.reason()))));
            dossier.notices().forEach(n -> rows.add(List.of("通知", time(n.createdAt()), n.subject(),
                    n.recipientUser() + (n.recipientAddress() == null ? "" : " <" + n.recipientAddress() + ">"),
                    n.status().displayName() + (n.sentAt() == null ? "" : " " + time(n.sentAt())))));
            dossier.trail().variables().forEach(v -> rows.add(List.of("数据", time(v.time()), v.label(), "", nz(v.value()))));
            dossier.trail().operations().forEach(o -> rows.add(List.of("操作", time(o.time()),
                    o.operationName() + (o.entityName() == null ? "" : o.entityName()), nz(o.user()),
                    (o.propertyName() == null ? "" : o.propertyName() + "：") + nz(o.from()) + " → " + nz(o.to()))));
            if (dossier.campaignStages() != null) {
                dossier.campaignStages().forEach((status, numbers) -> rows.add(List.of("阶段", "", status, "",
                        String.join(" ", numbers))));
            }
            return rows.stream().map(row -> row.stream().map(Csv::cell).collect(Collectors.joining(",")))
                    .collect(Collectors.joining("\r\n")) + "\r\n";
        }

        private static String time(Date date) {
            return date == null ? "" : TIME.format(date.toInstant());
        }

        private static String time(java.time.Instant instant) {
            return TIME.format(instant);
        }

        /** 陈晓东（江苏省工业和信息化厅，jiangsu）: the name as shown (decision 0031) with the account inside its brackets. */
        private static String decider(String name, String userId) {
            if (userId == null) {
                return nz(name).strip();
            }
            String shown = nz(name).strip();
            return shown.endsWith("）") ? shown.substring(0, shown.length() - 1) + "，" + userId + "）"
                    : (shown + "（" + userId + "）").strip();
        }

        private static String nz(String value) {
            return value == null ? "" : value;
        }

        private static String cell(String value) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
    }
}
