package org.caq.benchmark.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCalendarYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Where a period of working days ends, for anyone logged in. */
@BenchmarkSpringTest
class CalendarApiIT {

    @Autowired TestRestTemplate rest;
    @Autowired HolidayArrangements arrangements;

    @Test
    void answers_the_end_and_the_counted_days_of_a_period_to_a_logged_in_user() {
        ResponseEntity<Map> answer = rest.withBasicAuth("office", "demo")
                .getForEntity("/api/calendar/period-end?start=2025-09-26&workingDays=10", Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("end", "2025-10-15").containsEntry("workingDays", 10);
        assertThat((List<String>) answer.getBody().get("countedDays")).hasSize(10).contains("2025-09-28", "2025-10-11");
    }

    @Test
    void refuses_anonymous_callers_and_explains_a_missing_year() {
        assertThat(rest.getForEntity("/api/calendar/period-end?start=2025-09-26&workingDays=10", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        int year = TestCalendarYears.firstMissingAfter(arrangements, 2026);
        ResponseEntity<Map> missing = rest.withBasicAuth("office", "demo")
                .getForEntity("/api/calendar/period-end?start=" + (year - 1) + "-12-25&workingDays=10", Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) missing.getBody().get("message")).contains("没有 " + year + " 年的国务院节假日安排");
    }
}
