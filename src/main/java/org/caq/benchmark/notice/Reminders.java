package org.caq.benchmark.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.procedure.BeijingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminders of open tasks with a due date: one when the due date comes within each of the configured numbers of days
 * ({@code benchmark.notices.reminder-days}, default 3 and 1), one when it has passed. Each is written once per task and
 * due date, so a scan may run as often as wanted, on any node; the sender does the rest.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final TaskService tasks;
    private final Recipients recipients;
    private final NoticeTexts texts;
    private final Signers signers;
    private final Outbox outbox;
    private final List<Integer> days;

    Reminders(TaskService tasks, Recipients recipients, NoticeTexts texts, Signers signers, Outbox outbox,
            @Value("${benchmark.notices.reminder-days:3,1}") List<Integer> days) {
        this.tasks = tasks;
        this.recipients = recipients;
        this.texts = texts;
        this.signers = signers;
        this.outbox = outbox;
        this.days = days.stream().sorted().toList();
    }

    /** Writes the reminders now due; answers how many tasks were reminded of. */
    public int scan() {
        Instant now = BeijingTime.now();
        int widest = days.isEmpty() ? 0 : days.get(days.size() - 1);
        List<Task> due = tasks.createTaskQuery().active().dueBefore(Date.from(now.plus(Duration.ofDays(widest))))
                .orderByDueDate().asc().list();
        int reminded = 0;
        for (Task task : due) {
            try {
                remind(task, now);
                reminded++;
            } catch (RuntimeException e) {
                log.error("No reminder for task {}", task.getId(), e);
            }
        }
        return reminded;
    }

    private void remind(Task task, Instant now) {
        Instant dueAt = task.getDueDate().toInstant();
        NoticeTexts.Text text;
        String key;
        String office = signers.ofCase(task.getProcessInstanceId()).officeName();
        if (!dueAt.isAfter(now)) {
            text = texts.overdue(task.getName(), dueAt, office);
            key = "overdue:" + task.getId() + ":" + dueAt.toEpochMilli();
        } else {
            long left = Duration.between(now, dueAt).toMillis();
            int within = days.stream().filter(d -> left <= Duration.ofDays(d).toMillis()).findFirst().orElseThrow();
            text = texts.dueSoon(task.getName(), dueAt, within, office);
            key = "due:" + task.getId() + ":" + within + ":" + dueAt.toEpochMilli();
        }
        List<Recipients.Recipient> to = recipients.ofTask(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()),
                group -> true);
        outbox.write(new Notice.Draft(key.startsWith("overdue") ? "OVERDUE" : "DUE_SOON", task.getProcessInstanceId(),
                null, text.subject(), text.body(), key, office), to);
    }
}
