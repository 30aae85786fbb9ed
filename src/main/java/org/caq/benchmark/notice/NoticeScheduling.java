package org.caq.benchmark.notice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The sender and the reminder scan on their own schedule, except where tests drive them explicitly. The schedules
 * live here, not on the beans they call: the application schedules other work too, and a {@code @Scheduled} method
 * anywhere runs whatever this switch says.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "benchmark.notices.scheduling", havingValue = "true", matchIfMissing = true)
class NoticeScheduling {

    private final NoticeSender sender;
    private final Reminders reminders;

    NoticeScheduling(NoticeSender sender, Reminders reminders) {
        this.sender = sender;
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${benchmark.notices.send-interval:PT30S}", initialDelayString = "PT20S")
    void send() {
        sender.sendDue();
    }

    @Scheduled(fixedDelayString = "${benchmark.notices.reminder-interval:PT1H}", initialDelayString = "PT1M")
    void remind() {
        reminders.scan();
    }
}
