package org.caq.benchmark.simulation;

import java.time.LocalDate;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the simulated publicity starts: the first working day from today (the office may not publish earlier), and
 * if that is a later day, the period is moved to begin today so that objections are accepted now, as the demo does.
 */
final class PublicityClock {

    private final HolidayArrangements arrangements;
    private final JdbcClient jdbc;

    PublicityClock(HolidayArrangements arrangements, JdbcClient jdbc) {
        this.arrangements = arrangements;
        this.jdbc = jdbc;
    }

    LocalDate start() {
        LocalDate day = LocalDate.now(BeijingTime.ZONE);
        while (!arrangements.calendar().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    void beginToday(String campaign) {
        jdbc.sql("update publicity set starts_on = ? where campaign_number = ? and starts_on > ?")
                .params(java.sql.Date.valueOf(LocalDate.now(BeijingTime.ZONE)), campaign,
                        java.sql.Date.valueOf(LocalDate.now(BeijingTime.ZONE))).update();
    }
}
