package org.caq.benchmark.calendar;

import java.time.LocalDate;
import org.caq.benchmark.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets the office see where a period of working days ends before publishing, e.g. publicity's 10 days. */
@RestController
class CalendarController {

    private final HolidayArrangements arrangements;

    CalendarController(HolidayArrangements arrangements) {
        this.arrangements = arrangements;
    }

    @GetMapping("/api/calendar/period-end")
    WorkingDayCalendar.Period periodEnd(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam int workingDays) {
        try {
            return arrangements.calendar().period(start, workingDays);
        } catch (IllegalArgumentException | WorkingDayCalendar.CalendarNotCovered e) {
            throw new InvalidInput(e.getMessage());
        }
    }
}
