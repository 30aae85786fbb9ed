package org.caq.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The procedure's clock in tests. No test depends on the day it runs: each starts at 09:00 Beijing time on
 * {@link #TODAY} (a working day of a year whose holiday arrangement ships), and a test that needs another day moves
 * the clock itself with {@link #moveTo}, or lets time pass with {@link #advance}. The clock keeps running from there,
 * so events still follow one another.
 * It is the engine's {@code ClockUtil}, which the application's {@code Clock} reads too: both move together.
 */
public final class TestClock implements BeforeEachCallback, AfterEachCallback {

    /** A Monday, a working day; ten working days from it end within the same (shipped) year. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Override
    public void beforeEach(ExtensionContext context) {
        moveTo(TODAY);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    /** Sets the clock to 09:00 Beijing time of the day; it runs on from there. */
    public static void moveTo(LocalDate day) {
        long target = day.atTime(LocalTime.of(9, 0)).atZone(BeijingTime.ZONE).toInstant().toEpochMilli();
        ClockUtil.reset();
        ClockUtil.offset(target - System.currentTimeMillis());
    }

    /** Lets time pass at once, as a wait that expires would (instead of sleeping). */
    public static void advance(Duration duration) {
        long offset = ClockUtil.now().getTime() - System.currentTimeMillis();
        ClockUtil.reset();
        ClockUtil.offset(offset + duration.toMillis());
    }

    public static LocalDate today() {
        return BeijingTime.today();
    }
}
