package org.caq.benchmark.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's holiday arrangement as the State Council's notice gives it: its document number and its days off and
 * make-up working days. {@code addedBy} is null for the years shipped with the system.
 */
public record Arrangement(int year, String noticeNumber, String addedBy, Instant addedAt, List<Day> days) {

    public record Day(LocalDate date, WorkingDayCalendar.Kind kind, String note) {
    }

    public boolean shipped() {
        return addedBy == null;
    }
}
