package org.caq.benchmark.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates of the procedure (windows, deadlines, due dates) are Beijing dates, wherever the server runs and whatever
 * its time zone. "Now" is the engine's clock, so that what the application records and what the engine keeps agree.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {
    }

    /** The procedure's present moment: the engine's clock (system time, unless a test or the demo moved it). */
    public static Instant now() {
        return ClockUtil.now().toInstant();
    }

    /** Today's date in Beijing. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /** 00:00 of the day in Beijing: when a window that opens on that day opens. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** 24:00 of the day in Beijing: a deadline "on" a day lasts the whole day. */
    public static Date endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
