package org.caq.benchmark.notice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sender and the reminder scan run on their own schedule, except where tests drive them explicitly. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "benchmark.notices.scheduling", havingValue = "true", matchIfMissing = true)
class NoticeScheduling {
}
