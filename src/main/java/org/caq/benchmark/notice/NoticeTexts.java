package org.caq.benchmark.notice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the notices say, in Chinese. They name the case and what happened and point to the page to open; they never
 * carry a score, a comment, an expert or an objector (Measures Art. 15, and the objector's contact stays with the office).
 */
@Component
class NoticeTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA)
            .withZone(BeijingTime.ZONE);
    private static final String PREFIX = "【质量标杆遴选】";

    private final String baseUrl;

    NoticeTexts(@Value("${benchmark.notices.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    record Text(String subject, String body) {
    }

    /** The office that runs the case's selection signs; the system says it sent the mail. */
    private static String signature(String office) {
        return "\n\n" + office + "\n（本邮件由质量标杆遴选管理系统自动发送，请勿直接回复。）";
    }

    Text status(String number, String benchmarkName, String statusName, String reason, Instant due, String office) {
        StringBuilder body = new StringBuilder("您好：\n\n您的申报“" + benchmarkName + "”（申报编号 " + number + "）状态已更新为："
                + statusName + "。");
        if (reason != null && !reason.isBlank()) {
            body.append("\n说明：").append(reason);
        }
        if (due != null) {
            body.append("\n请于 ").append(TIME.format(due)).append("（北京时间）前办理，逾期申报将自动结束。");
        }
        body.append("\n\n查看申报状态：").append(baseUrl).append("/applications.html");
        return new Text(PREFIX + "申报 " + number + "：" + statusName, body + signature(office));
    }

    Text listed(String number, String benchmarkName, String title, String startsOn, String endsOn, String office) {
        return new Text(PREFIX + "申报 " + number + " 已列入公示名单", "您好：\n\n您的申报“" + benchmarkName + "”（申报编号 "
                + number + "）已列入“" + title + "”，公示期为 " + startsOn + " 至 " + endsOn + "。公示期间任何单位和个人可提出异议，"
                + "异议经调查核实并报评审委员会审议。\n\n公示名单：" + baseUrl + "/public/publicity.html" + signature(office));
    }

    Text objectionReceived(String number, String benchmarkName, String objectionNumber, String office) {
        return new Text(PREFIX + "申报 " + number + " 收到公示异议", "您好：\n\n公示期间收到对您的申报“" + benchmarkName
                + "”（申报编号 " + number + "）的异议（异议编号 " + objectionNumber + "）。" + office + "将调查核实并报评审委员会审议，"
                + "其间可能请贵单位说明情况、提供材料。" + signature(office));
    }

    Text objectionDecided(String number, String benchmarkName, String objectionNumber, boolean upheld, String office) {
        String outcome = upheld ? "异议成立，申报撤出名单" : "异议不成立";
        return new Text(PREFIX + "申报 " + number + " 的异议审议结果：" + outcome, "您好：\n\n对您的申报“" + benchmarkName
                + "”（申报编号 " + number + "）的异议（异议编号 " + objectionNumber + "）经调查核实并报评审委员会审议，结论为："
                + outcome + "。" + signature(office));
    }

    /** Signed by the body that decided, citing its level's rule (the national Art. 24, or the province's notice). */
    Text revoked(String titleNumber, String benchmarkName, String ground, String titleName, String basis, String decidedBy) {
        return new Text(PREFIX + titleName + "称号 " + titleNumber + " 已撤销", "您好：\n\n" + basis + "，" + decidedBy
                + "决定撤销“" + benchmarkName + "”的" + titleName + "称号（" + titleNumber + "），事由：" + ground + "。撤销公告见："
                + baseUrl + "/public/revocations.html" + signature(decidedBy));
    }

    Text workArrived(String taskName, String processName, String caseKey, Instant due, String office) {
        return new Text(PREFIX + "新的待办：" + taskName, "您好：\n\n您有一项新的待办：" + taskName + "（" + processName
                + (caseKey == null ? "" : "，" + caseKey) + "）。"
                + (due == null ? "" : "\n办理期限：" + TIME.format(due) + "（北京时间）。")
                + "\n\n请登录任务列表办理：" + baseUrl + "/camunda/app/tasklist/" + signature(office));
    }

    Text dueSoon(String taskName, Instant due, int days, String office) {
        return new Text(PREFIX + "待办即将到期：" + taskName, "您好：\n\n您的待办“" + taskName + "”将于 " + TIME.format(due)
                + "（北京时间）到期（" + days + " 天内），请及时办理。\n\n任务列表：" + baseUrl + "/camunda/app/tasklist/" + signature(office));
    }

    Text overdue(String taskName, Instant due, String office) {
        return new Text(PREFIX + "待办已逾期：" + taskName, "您好：\n\n您的待办“" + taskName + "”已于 " + TIME.format(due)
                + "（北京时间）到期，尚未办理，请尽快办理；如无法办理，请联系" + office + "。\n\n任务列表：" + baseUrl
                + "/camunda/app/tasklist/" + signature(office));
    }
}
