package org.caq.benchmark.retention;

import java.time.LocalDate;
import java.time.LocalTime;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The records' retention runs every night inside the engine's history-cleanup window (01:00–05:00 Beijing time,
 * application.yml), after the engine has had its first half hour, and stops at the window's end; what is left is
 * taken the next night. Applications first, then the campaigns none of whose applications is left (decision 0084).
 * Every node runs it: the batches lock their applications and campaigns with skip locked, so two nodes share the work
 * instead of repeating it. Tests run it explicitly.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "benchmark.retention.scheduling", havingValue = "true", matchIfMissing = true)
class RetentionScheduling {

    private final RecordRetention retention;
    private final CampaignRetention campaigns;
    private final int batchSize;
    private final LocalTime windowEnd;

    RetentionScheduling(RecordRetention retention, CampaignRetention campaigns, @Value("${benchmark.retention.batch-size:100}") int batchSize,
            @Value("${camunda.bpm.generic-properties.properties.history-cleanup-batch-window-end-time:05:00}") String windowEnd) {
        this.retention = retention;
        this.campaigns = campaigns;
        this.batchSize = batchSize;
        this.windowEnd = LocalTime.parse(windowEnd);
    }

    @Scheduled(cron = "${benchmark.retention.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void removeExpired() {
        LocalDate today = BeijingTime.today();
        long deadline = today.atTime(windowEnd).atZone(BeijingTime.ZONE).toInstant().toEpochMilli();
        retention.removeExpired(batchSize, deadline);
        campaigns.removeExpired(batchSize, deadline);
    }
}
