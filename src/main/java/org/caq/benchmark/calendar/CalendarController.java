package org.caq.benchmark.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for the people who keep it: where a period ends, which years are loaded, adding the
 * next year from the State Council's notice (administrators), and whether something is missing.
 */
@RestController
class CalendarController {

    private final HolidayArrangements arrangements;
    private final CalendarYearAddition addition;
    private final CalendarReadiness readiness;
    private final IdentityService identity;

    CalendarController(HolidayArrangements arrangements, CalendarYearAddition addition, CalendarReadiness readiness,
            IdentityService identity) {
        this.arrangements = arrangements;
        this.addition = addition;
        this.readiness = readiness;
        this.identity = identity;
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

    record Year(int year, String noticeNumber, String source, String addedBy, Instant addedAt, int workingDays,
            List<Arrangement.Day> days) {
    }

    @GetMapping("/api/calendar/years")
    List<Year> years() {
        WorkingDayCalendar calendar = arrangements.calendar();
        return arrangements.all().stream().map(a -> new Year(a.year(), a.noticeNumber(), a.shipped() ? "随系统发布" : "管理员录入",
                a.addedBy(), a.addedAt(), calendar.workingDaysIn(a.year()), a.days())).toList();
    }

    @PostMapping("/api/calendar/years")
    ResponseEntity<?> add(@RequestBody ArrangementForm form) {
        Authentication user = identity.getCurrentAuthentication();
        if (!administrator(user)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "只有系统管理员可以录入节假日安排。"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(addition.add(form, user.getUserId()));
    }

    record Readiness(List<Integer> missingYears, boolean tellUser, String message, String page, boolean canAdd) {
    }

    /** What a webapp shows after login: the office and the administrators are told of a missing year. */
    @GetMapping("/api/calendar/readiness")
    Readiness readiness() {
        List<String> groups = identity.getCurrentAuthentication().getGroupIds();
        boolean admin = administrator(identity.getCurrentAuthentication());
        boolean keeper = admin || groups != null && groups.stream().anyMatch(g -> g.equals("office") || g.startsWith("office-"));
        String message = readiness.notice();
        return new Readiness(readiness.missingYears(), keeper && message != null, message, HolidayArrangements.PAGE, admin);
    }

    private static boolean administrator(Authentication user) {
        return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }
}
