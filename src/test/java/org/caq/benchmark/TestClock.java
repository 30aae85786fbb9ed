package org.caq.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the Spring tests: real time, moved forward by a test that needs time to pass (a wait
 * to expire) instead of sleeping. A test that moves it puts it back with {@link #reset()}.
 */
public final class TestClock extends Clock {

    private final Clock real = Clock.system(BeijingTime.ZONE);
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        ahead.updateAndGet(current -> current.plus(duration));
    }

    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(real.withZone(zone), ahead.get());
    }

    /**
     * Replaces the application's clock bean in the one context all Spring tests share. Named in
     * {@link BenchmarkSpringTest} and deliberately not annotated, so that no component scan (the applications the
     * tests start by themselves) ever picks it up.
     */
    public static class Replacement {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
