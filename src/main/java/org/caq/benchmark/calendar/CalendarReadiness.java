package org.caq.benchmark.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.caq.benchmark.procedure.BeijingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the calendar is ready for the periods the procedure will count: this year's arrangement must be there,
 * and from 1 October next year's too (the State Council publishes it in the last quarter; a publicity started in
 * December already ends in January). What is missing is told at start-up, by the health endpoint
 * ({@code /api/system/health}, component {@code calendar}) and on every login of the office and the administrators.
 */
@Component("calendar")
public class CalendarReadiness implements HealthIndicator {

    /** From this day on, next year's arrangement is expected. */
    static final MonthDay NEXT_YEAR_DUE = MonthDay.of(10, 1);
    /** The health status while a year is missing: the system works, but needs an administrator. */
    public static final String MISSING_STATUS = "CALENDAR_MISSING";

    private static final Logger log = LoggerFactory.getLogger(CalendarReadiness.class);

    private final HolidayArrangements arrangements;

    CalendarReadiness(HolidayArrangements arrangements) {
        this.arrangements = arrangements;
    }

    /** The years that should be loaded by now and are not. */
    public List<Integer> missingYears() {
        LocalDate today = BeijingTime.today();
        WorkingDayCalendar calendar = arrangements.calendar();
        List<Integer> missing = new ArrayList<>();
        if (!calendar.covers(today.getYear())) {
            missing.add(today.getYear());
        }
        if (!MonthDay.from(today).isBefore(NEXT_YEAR_DUE) && !calendar.covers(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    /** What the office and administrators are told, or null when nothing is missing. */
    public String notice() {
        List<Integer> missing = missingYears();
        if (missing.isEmpty()) {
            return null;
        }
        return "工作日历缺少 " + missing.stream().map(String::valueOf).collect(Collectors.joining("、"))
                + " 年的国务院节假日安排：公示期等按工作日计算的期限一旦进入缺少的年份，将暂停等待，直至录入。"
                + "请系统管理员根据国务院办公厅的通知在“工作日历”页面录入。";
    }

    @EventListener(ApplicationReadyEvent.class)
    void logAtStartup() {
        List<Integer> missing = missingYears();
        if (missing.isEmpty()) {
            log.info("Holiday arrangements loaded for {}", arrangements.all().stream().map(Arrangement::year).toList());
        } else {
            log.warn("Holiday arrangement missing for {}: working-day periods reaching it will wait; an administrator adds it at {}",
                    missing, HolidayArrangements.PAGE);
        }
    }

    @Override
    public Health health() {
        List<Integer> missing = missingYears();
        Health.Builder health = missing.isEmpty() ? Health.up() : Health.status(MISSING_STATUS).withDetail("missingYears", missing)
                .withDetail("action", "add the State Council's arrangement at " + HolidayArrangements.PAGE);
        return health.withDetail("years", arrangements.all().stream().map(Arrangement::year).toList()).build();
    }
}
