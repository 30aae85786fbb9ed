package org.caq.benchmark.procedure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One time source for the procedure: the application's {@link Clock} reads the engine's clock, so that the dates
 * the application checks (windows, publicity starts, plaques) and the ones the engine keeps (timers, due dates,
 * history) always agree. In production both are the system time; a test or the demo moves both at once through
 * the engine's {@code ClockUtil}.
 */
@Configuration
class ProcedureTime {

    @Bean
    Clock clock() {
        return new EngineClock(BeijingTime.ZONE);
    }

    private static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return BeijingTime.now();
        }
    }
}
