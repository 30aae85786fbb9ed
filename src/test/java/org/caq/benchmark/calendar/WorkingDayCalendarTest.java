package org.caq.benchmark.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the State Council's arrangements shipped in src/main/resources/calendar. */
class WorkingDayCalendarTest {

    @TempDir Path added;

    private WorkingDayCalendar calendar() {
        return new HolidayArrangements(added).calendar();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void counts_ten_working_days_across_the_2025_national_day_with_its_make_up_sunday_and_saturday() {
        WorkingDayCalendar.Period period = calendar().period(day("2025-09-26"), 10);

        assertThat(period.countedDays()).containsExactly(day("2025-09-26"), day("2025-09-28"), day("2025-09-29"),
                day("2025-09-30"), day("2025-10-09"), day("2025-10-10"), day("2025-10-11"), day("2025-10-13"),
                day("2025-10-14"), day("2025-10-15"));
        assertThat(period.end()).isEqualTo(day("2025-10-15"));
    }

    @Test
    void counts_ten_working_days_across_the_2026_spring_festival_with_its_make_up_saturdays() {
        WorkingDayCalendar.Period period = calendar().period(day("2026-02-12"), 10);

        assertThat(period.countedDays()).containsExactly(day("2026-02-12"), day("2026-02-13"), day("2026-02-14"),
                day("2026-02-24"), day("2026-02-25"), day("2026-02-26"), day("2026-02-27"), day("2026-02-28"),
                day("2026-03-02"), day("2026-03-03"));
    }

    @Test
    void knows_holidays_make_up_days_and_plain_weekends() {
        WorkingDayCalendar calendar = calendar();

        assertThat(calendar.isWorkingDay(day("2025-10-08"))).as("国庆节、中秋节 (Wednesday)").isFalse();
        assertThat(calendar.isWorkingDay(day("2025-10-11"))).as("调休上班 (Saturday)").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-02-28"))).as("调休上班 (Saturday)").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-03-01"))).as("plain Sunday").isFalse();
        assertThat(calendar.isWorkingDay(day("2024-02-04"))).as("2024 调休上班 (Sunday)").isTrue();
    }

    @Test
    void starts_counting_on_the_first_working_day_when_the_period_starts_on_a_day_off() {
        assertThat(calendar().period(day("2026-10-01"), 1).end()).isEqualTo(day("2026-10-08"));
    }

    @Test
    void fails_loudly_when_a_period_reaches_a_year_without_an_arrangement() {
        assertThatThrownBy(() -> calendar().period(day("2026-12-25"), 10))
                .isInstanceOf(WorkingDayCalendar.CalendarNotCovered.class)
                .hasMessageContaining("没有 2027 年的国务院节假日安排").hasMessageContaining("2027.csv");
    }

    @Test
    void counts_a_year_an_administrator_added_without_a_rebuild() throws IOException {
        Files.writeString(added.resolve("2027.csv"), "date,kind,note\n2027-01-01,HOLIDAY,元旦\n");

        assertThat(calendar().period(day("2026-12-31"), 2).countedDays())
                .containsExactly(day("2026-12-31"), day("2027-01-04"));
    }
}
