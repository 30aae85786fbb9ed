package org.caq.benchmark.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the State Council's arrangements shipped in src/main/resources/calendar. */
class WorkingDayCalendarTest {

    private static final List<Arrangement> SHIPPED = HolidayArrangements.readShipped();

    private static WorkingDayCalendar calendar() {
        return HolidayArrangements.calendarOf(SHIPPED);
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
    void gives_each_shipped_year_the_working_days_of_its_weekdays_less_the_statutory_festival_days() {
        // 11 festival days until 2024, 13 from 2025 (全国年节及纪念日放假办法, revised 2024)
        assertThat(calendar().workingDaysIn(2024)).isEqualTo(262 - 11);
        assertThat(calendar().workingDaysIn(2025)).isEqualTo(261 - 13);
        assertThat(calendar().workingDaysIn(2026)).isEqualTo(261 - 13);
    }

    @Test
    void names_each_shipped_year_s_notice() {
        assertThat(SHIPPED).extracting(Arrangement::year, Arrangement::noticeNumber).contains(
                org.assertj.core.groups.Tuple.tuple(2024, "国办发明电〔2023〕7号"),
                org.assertj.core.groups.Tuple.tuple(2025, "国办发明电〔2024〕12号"),
                org.assertj.core.groups.Tuple.tuple(2026, "国办发明电〔2025〕7号"));
    }

    @Test
    void starts_counting_on_the_first_working_day_when_the_period_starts_on_a_day_off() {
        assertThat(calendar().period(day("2026-10-01"), 1).end()).isEqualTo(day("2026-10-08"));
    }

    @Test
    void fails_loudly_naming_the_missing_year_when_a_period_reaches_it() {
        assertThatThrownBy(() -> calendar().period(day("2026-12-25"), 10))
                .isInstanceOfSatisfying(WorkingDayCalendar.CalendarNotCovered.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessageContaining("没有 2027 年的国务院节假日安排").hasMessageContaining("工作日历");
    }

    @Test
    void counts_a_year_an_administrator_added() {
        List<Arrangement> years = new ArrayList<>(SHIPPED);
        years.add(new Arrangement(2027, "国办发明电〔2026〕1号", "admin", Instant.EPOCH,
                List.of(new Arrangement.Day(day("2027-01-01"), WorkingDayCalendar.Kind.HOLIDAY, "元旦"))));

        assertThat(HolidayArrangements.calendarOf(years).period(day("2026-12-31"), 2).countedDays())
                .containsExactly(day("2026-12-31"), day("2027-01-04"));
    }
}
