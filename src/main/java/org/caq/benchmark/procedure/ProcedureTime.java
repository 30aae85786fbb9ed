package org.caq.benchmark.procedure;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates of the procedure (windows, deadlines, publicity) are Beijing dates, wherever the server runs. */
@Configuration
class ProcedureTime {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(BEIJING);
    }
}
