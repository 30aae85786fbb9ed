package org.caq.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.calendar.WorkingDayCalendar;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Holiday arrangements of years no notice has published yet, added as an administrator adds them: through
 * {@code POST /api/calendar/years}. Each is shaped like a real notice (festival days off, bridges worked back on
 * weekends) and keeps the statutory 13 days, so it passes the same checks as a real one.
 */
public final class TestCalendarYears {

    public static final String PATH = "/api/calendar/years";

    private final TestRestTemplate rest;

    public TestCalendarYears(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Adds the year as the demo administrator; asserts it was accepted. */
    public void add(int year) {
        ResponseEntity<Map> answer = post("admin", "admin", form(year));
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    /** Adds each of the years not loaded yet (for runs on a real date, like the simulation's). */
    public void ensureCovered(HolidayArrangements arrangements, int... years) {
        for (int year : years) {
            if (!arrangements.calendar().covers(year)) {
                add(year);
            }
        }
    }

    public ResponseEntity<Map> post(String user, String password, Map<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        return rest.withBasicAuth(user, password).postForEntity(PATH, new HttpEntity<>(form, headers), Map.class);
    }

    /** A notice-shaped arrangement of the year: 元旦, 春节, 劳动节 and 国庆节, balanced to 13 days off with weekend make-up days. */
    public static Map<String, Object> form(int year) {
        List<Map<String, Object>> festivals = new ArrayList<>();
        Set<LocalDate> off = new HashSet<>();
        int weekdaysOff = 0;
        for (Object[] f : new Object[][] {{"元旦", 1, 1, 1}, {"春节", 2, 10, 7}, {"劳动节", 5, 1, 5}, {"国庆节", 10, 1, 7}}) {
            LocalDate first = LocalDate.of(year, (int) f[1], (int) f[2]);
            LocalDate last = first.plusDays((int) f[3] - 1);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                off.add(d);
                weekdaysOff += weekend(d) ? 0 : 1;
            }
            festivals.add(festival((String) f[0], first, last, new ArrayList<>()));
        }
        List<String> makeUp = (List<String>) festivals.get(3).get("workdays");
        for (LocalDate d = LocalDate.of(year, 9, 1); weekdaysOff - makeUp.size() > 13; d = d.plusDays(1)) {
            if (weekend(d) && !off.contains(d)) {
                makeUp.add(d.toString());
            }
        }
        return Map.of("year", year, "noticeNumber", "国办发明电〔" + (year - 1) + "〕7号", "festivals", festivals);
    }

    public static Map<String, Object> festival(String name, LocalDate first, LocalDate last, List<String> workdays) {
        return Map.of("name", name, "firstDay", first.toString(), "lastDay", last.toString(), "workdays", workdays);
    }

    /** The first year from {@code from} on whose arrangement is not loaded (tests share one database). */
    public static int firstMissingAfter(HolidayArrangements arrangements, int from) {
        WorkingDayCalendar calendar = arrangements.calendar();
        int year = from;
        while (calendar.covers(year)) {
            year++;
        }
        return year;
    }

    public static LocalDate firstWorkingDay(HolidayArrangements arrangements, LocalDate from) {
        WorkingDayCalendar calendar = arrangements.calendar();
        LocalDate day = from;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Runs the continuation the added year left for a campaign waiting at 补充…年节假日安排, as the job executor would. */
    public static void runResumedPublications(ProcessEngine engine, ProcessInstance campaign) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(campaign.getId())
                .activityId("BoundaryEvent_CalendarYearAdded").singleResult();
        assertThat(job).as("a continuation after the year was added").isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
