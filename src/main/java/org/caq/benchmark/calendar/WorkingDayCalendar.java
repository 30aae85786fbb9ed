package org.caq.benchmark.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which days are working days, from the State Council's yearly arrangement: Monday to Friday, less the public
 * holidays, plus the weekend days declared make-up working days. A year without its arrangement is refused
 * loudly: counting plain weekdays there would silently move every deadline.
 *
 * <p>Counting convention for periods (publicity lasts 10 working days, Measures Art. 21): the period starts on
 * its first day, which counts when it is a working day; the end is the last of the N working days counted.
 */
public final class WorkingDayCalendar {

    public enum Kind {
        HOLIDAY, WORKDAY
    }

    /** A period of working days: its end and every day counted. */
    public record Period(LocalDate start, int workingDays, LocalDate end, List<LocalDate> countedDays) {
    }

    private final Map<LocalDate, Kind> exceptions;
    private final Set<Integer> years;

    public WorkingDayCalendar(Map<LocalDate, Kind> exceptions, Set<Integer> years) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = Set.copyOf(years);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!covers(day.getYear())) {
            throw new CalendarNotCovered(day.getYear(), years);
        }
        Kind exception = exceptions.get(day);
        if (exception != null) {
            return exception == Kind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** How many working days the year has. */
    public int workingDaysIn(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            count += isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    public Period period(LocalDate start, int workingDays) {
        if (workingDays < 1 || workingDays > 366) {
            throw new IllegalArgumentException("工作日数须在 1 至 366 之间（当前值：" + workingDays + "）。");
        }
        List<LocalDate> counted = new ArrayList<>();
        for (LocalDate day = start; counted.size() < workingDays; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted.add(day);
            }
        }
        return new Period(start, workingDays, counted.get(counted.size() - 1), counted);
    }

    /** A date in a year whose arrangement is not loaded. */
    public static class CalendarNotCovered extends RuntimeException {

        private final int year;

        CalendarNotCovered(int year, Set<Integer> known) {
            super("工作日历没有 " + year + " 年的国务院节假日安排（已有：" + known.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining("、")) + " 年）：请系统管理员在“工作日历”页面（" + HolidayArrangements.PAGE
                    + "）按国务院办公厅的通知录入 " + year + " 年的安排。");
            this.year = year;
        }

        /** The year whose arrangement is missing. */
        public int year() {
            return year;
        }
    }
}
