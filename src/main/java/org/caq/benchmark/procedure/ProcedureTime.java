package org.caq.benchmark.procedure;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ProcedureTime {

    @Bean
    Clock clock() {
        return Clock.system(BeijingTime.ZONE);
    }
}
