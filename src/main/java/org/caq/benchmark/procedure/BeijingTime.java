package org.caq.benchmark.procedure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Dates of the procedure (windows, deadlines, due dates) are Beijing dates, wherever the server runs. */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {
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
