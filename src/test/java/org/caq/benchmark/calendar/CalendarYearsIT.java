package org.caq.benchmark.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCalendarYears;
import org.caq.benchmark.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Keeping the working-day calendar: an administrator adds a year from the State Council's notice in the browser's
 * API, checked and recorded with who added it, effective at once; from 1 October the office and the administrators
 * are told while next year's arrangement is missing, and so is the health endpoint.
 */
@BenchmarkSpringTest
class CalendarYearsIT {

    @Autowired TestRestTemplate rest;
    @Autowired HolidayArrangements arrangements;

    private List<Map<String, Object>> years() {
        return rest.withBasicAuth("office", "demo").exchange(TestCalendarYears.PATH, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private Map<String, Object> readiness(String user) {
        return rest.withBasicAuth(user, "demo").getForObject("/api/calendar/readiness", Map.class);
    }

    @Test
    void an_administrator_adds_a_year_from_its_notice_which_counts_at_once_and_records_who_added_it() {
        int year = TestCalendarYears.firstMissingAfter(arrangements, 2040);
        TestClock.moveTo(LocalDate.of(year - 1, 11, 20));

        ResponseEntity<Map> added = new TestCalendarYears(rest).post("admin", "admin", TestCalendarYears.form(year));

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody()).containsEntry("year", year).containsEntry("workingDays", weekdays(year) - 13);
        assertThat(years()).filteredOn(y -> y.get("year").equals(year)).singleElement().satisfies(y -> {
            assertThat(y).containsEntry("source", "管理员录入").containsEntry("addedBy", "admin")
                    .containsEntry("noticeNumber", "国办发明电〔" + (year - 1) + "〕7号");
            assertThat((List<?>) y.get("days")).isNotEmpty();
        });
        ResponseEntity<Map> period = rest.withBasicAuth("office", "demo")
                .getForEntity("/api/calendar/period-end?start=" + year + "-09-28&workingDays=10", Map.class);
        assertThat(period.getStatusCode()).isEqualTo(HttpStatus.OK);
        LocalDate end = LocalDate.parse((String) period.getBody().get("end"));
        assertThat(end).as("ten working days across the added 国庆节 (1–7 October)").isAfter(LocalDate.of(year, 10, 14));
    }

    @Test
    void refuses_everyone_but_administrators_and_a_wrong_notice_with_every_reason_keeping_nothing() {
        int year = TestCalendarYears.firstMissingAfter(arrangements, 2060);
        TestClock.moveTo(LocalDate.of(year - 1, 11, 20));
        TestCalendarYears calendar = new TestCalendarYears(rest);
        Map<String, Object> form = TestCalendarYears.form(year);

        ResponseEntity<Map> office = calendar.post("office", "demo", form);
        assertThat(office.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) office.getBody().get("message")).isEqualTo("只有系统管理员可以录入节假日安排。");
        assertThat(calendar.post("applicant1", "demo", form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity(TestCalendarYears.PATH, form, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("admin", "admin").postForEntity(TestCalendarYears.PATH, new HttpEntity<>(form), String.class)
                .getStatusCode()).as("without the header only scripts of this site send").isEqualTo(HttpStatus.FORBIDDEN);

        Map<String, Object> wrong = new HashMap<>(form);
        wrong.put("noticeNumber", " ");
        List<Map<String, Object>> festivals = new ArrayList<>((List<Map<String, Object>>) form.get("festivals"));
        LocalDate friday = LocalDate.of(year, 3, 1);
        while (friday.getDayOfWeek().getValue() != 5) {
            friday = friday.plusDays(1);
        }
        festivals.add(TestCalendarYears.festival("清明节", LocalDate.of(year, 4, 5), LocalDate.of(year, 4, 5), List.of(friday.toString())));
        wrong.put("festivals", festivals);
        ResponseEntity<Map> refused = calendar.post("admin", "admin", wrong);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("通知文号须按通知原文填写")
                .contains("清明节的调休上班日须为周六或周日（" + friday + " 是周五）");
        assertThat(years()).noneMatch(y -> y.get("year").equals(year));
        assertThat(TestCalendarYears.firstMissingAfter(arrangements, 2060)).isEqualTo(year);

        calendar.add(year);
        ResponseEntity<Map> again = calendar.post("admin", "admin", form);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) again.getBody().get("message")).contains(year + " 年的安排已经录入");
    }

    @Test
    void tells_the_office_and_administrators_from_1_october_while_next_year_is_missing_and_reports_it_in_health() {
        int next = TestCalendarYears.firstMissingAfter(arrangements, 2080);
        TestClock.moveTo(LocalDate.of(next - 2, 11, 20));
        new TestCalendarYears(rest).ensureCovered(arrangements, next - 1);

        TestClock.moveTo(LocalDate.of(next - 1, 9, 30));
        assertThat(readiness("office")).containsEntry("missingYears", List.of()).containsEntry("tellUser", false);

        TestClock.moveTo(LocalDate.of(next - 1, 10, 1));
        assertThat(readiness("office")).containsEntry("missingYears", List.of(next)).containsEntry("tellUser", true)
                .hasEntrySatisfying("message", m -> assertThat((String) m).contains("缺少 " + next + " 年的国务院节假日安排"));
        assertThat(readiness("jiangsu-office")).containsEntry("tellUser", true);
        assertThat(rest.withBasicAuth("admin", "admin").getForObject("/api/calendar/readiness", Map.class)).containsEntry("tellUser", true);
        assertThat(readiness("applicant1")).containsEntry("tellUser", false);
        assertThat(readiness("expert1")).containsEntry("tellUser", false);
        Map<String, Object> health = rest.withBasicAuth("admin", "admin").getForObject("/api/system/health", Map.class);
        assertThat(health).containsEntry("status", "CALENDAR_MISSING");
        assertThat((Map<String, Object>) ((Map<String, Object>) health.get("components")).get("calendar"))
                .containsEntry("status", "CALENDAR_MISSING")
                .hasEntrySatisfying("details", d -> assertThat((Map<String, Object>) d).containsEntry("missingYears", List.of(next)));
        assertThat(rest.getForEntity("/api/system/health", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        new TestCalendarYears(rest).add(next);
        assertThat(readiness("office")).containsEntry("missingYears", List.of()).containsEntry("tellUser", false);
        Map<String, Object> healthy = rest.withBasicAuth("admin", "admin").getForObject("/api/system/health", Map.class);
        assertThat((Map<String, Object>) ((Map<String, Object>) healthy.get("components")).get("calendar")).containsEntry("status", "UP");
    }

    private static int weekdays(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            count += day.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }
        return count;
    }
}
