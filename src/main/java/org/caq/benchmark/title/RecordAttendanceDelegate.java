package org.caq.benchmark.title;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * Records, after the activity, how each invited holder attended: one line per title, {@code 称号编号：出席},
 * {@code 称号编号：请假：理由} or {@code 称号编号：缺席}. An attending national holder's duty to take part in CAQ's
 * exchange activities (Art. 23) is met: the model's throw event 参加经验交流活动 tells its title's case
 * ({@link ExchangeAttendedMessage}).
 */
@Component
class RecordAttendanceDelegate implements JavaDelegate {

    static final int MAX_NOTE = 200;

    private final ExchangeActivities activities;
    private final ExchangeCases cases;
    private final Clock clock;
    /** Sends ExchangeAttended for a case on a version without the throw event (deployed before issue 16). */
    private final ExchangeAttendedMessage attended;

    RecordAttendanceDelegate(ExchangeActivities activities, ExchangeCases cases, Clock clock,
            ExchangeAttendedMessage attended) {
        this.attended = attended;
        this.activities = activities;
        this.cases = cases;
        this.clock = clock;
    }

    /** One holder's attendance as typed. */
    record Line(Attendance attendance, String note) {
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExchangeActivity activity = cases.of(execution);
        if (LocalDate.now(clock).isBefore(activity.heldOn())) {
            throw new InvalidInput("活动于 " + activity.heldOn() + " 举行，请在活动举行后登记出席情况。");
        }
        List<String> invited = activity.invitations().stream().map(ExchangeActivity.Invitation::titleNumber).toList();
        Map<String, Line> lines = parse(new FormValues(execution.getVariables())
                .lines(TitleProcess.EXCHANGE_ATTENDANCE, "出席情况", invited.size(), 260), invited);
        invited.stream().filter(title -> !lines.containsKey(title)).findFirst().ifPresent(title -> {
            throw new InvalidInput("请登记每个受邀单位的出席情况：缺少称号 " + title + "。");
        });
        lines.forEach((title, line) -> activities.attended(activity.number(), title, line.attendance(), line.note()));
        activities.attendanceRecorded(activity.number(), Actor.of(execution));
        if (!ModelMessages.thrownByModel(execution, TitleProcess.EXCHANGE_ATTENDED)) {
            attended.execute(execution);
        }
    }

    static Map<String, Line> parse(List<String> typed, List<String> invited) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (String text : typed) {
            String[] parts = text.strip().split("\\s*[：:]\\s*", 3);
            Attendance attendance = parts.length < 2 ? null : Attendance.named(parts[1]).orElse(null);
            if (attendance == null || attendance == Attendance.EXCUSED && (parts.length < 3 || parts[2].isBlank())) {
                throw new InvalidInput("出席情况每行一项，格式为“称号编号：出席”、“称号编号：请假：理由”或“称号编号：缺席”（当前行：" + text + "）。");
            }
            if (!invited.contains(parts[0])) {
                throw new InvalidInput("称号 " + parts[0] + " 不在本次活动的受邀名单上。");
            }
            String note = parts.length == 3 ? parts[2].strip() : null;
            if (note != null && note.length() > MAX_NOTE) {
                throw new InvalidInput("请假理由不得超过 " + MAX_NOTE + " 字（" + parts[0] + "）。");
            }
            lines.put(parts[0], new Line(attendance, note));
        }
        return lines;
    }
}
