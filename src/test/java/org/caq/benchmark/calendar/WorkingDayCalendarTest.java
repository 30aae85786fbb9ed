package org.caq.benchmark.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * The days off (放假, "from … to …" as the notice writes them) and the make-up working days (上班) of each year,
     * typed from the State Council's notices themselves, not from the shipped files:
     * 国办发明电〔2023〕7号 (2023-10-25), 国办发明电〔2024〕12号 (2024-11-12), 国办发明电〔2025〕7号 (2025-11-04).
     */
    private record Notice(int year, List<String> daysOff, List<String> makeUpDays) {
    }

    private static final List<Notice> NOTICES = List.of(
            new Notice(2024,
                    // 元旦 1月1日放假，与周末连休；春节 2月10日至17日；清明节 4月4日至6日；劳动节 5月1日至5日；
                    // 端午节 6月10日放假，与周末连休；中秋节 9月15日至17日；国庆节 10月1日至7日
                    List.of("2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06", "2024-05-01..2024-05-05",
                            "2024-06-10", "2024-09-15..2024-09-17", "2024-10-01..2024-10-07"),
                    // 2月4日（星期日）、2月18日（星期日）；4月7日（星期日）；4月28日（星期日）、5月11日（星期六）；
                    // 9月14日（星期六）；9月29日（星期日）、10月12日（星期六）上班
                    List.of("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                            "2024-09-29", "2024-10-12")),
            new Notice(2025,
                    // 元旦 1月1日（周三）放假1天，不调休；春节 1月28日至2月4日；清明节 4月4日至6日；劳动节 5月1日至5日；
                    // 端午节 5月31日至6月2日；国庆节、中秋节 10月1日至8日
                    List.of("2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
                            "2025-05-31..2025-06-02", "2025-10-01..2025-10-08"),
                    // 1月26日（周日）、2月8日（周六）；4月27日（周日）；9月28日（周日）、10月11日（周六）上班
                    List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")),
            new Notice(2026,
                    // 元旦 1月1日至3日；春节 2月15日至23日；清明节 4月4日至6日；劳动节 5月1日至5日；端午节 6月19日至21日；
                    // 中秋节 9月25日至27日；国庆节 10月1日至7日
                    List.of("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
                            "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
                            "2026-10-01..2026-10-07"),
                    // 1月4日（周日）；2月14日（周六）、2月28日（周六）；5月9日（周六）；9月20日（周日）、10月10日（周六）上班
                    List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));

    private static Set<LocalDate> days(List<String> ranges) {
        Set<LocalDate> days = new TreeSet<>();
        for (String range : ranges) {
            String[] ends = range.split("\\.\\.");
            LocalDate last = day(ends[ends.length - 1]);
            for (LocalDate d = day(ends[0]); !d.isAfter(last); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    @Test
    void knows_every_day_off_and_make_up_working_day_of_the_state_council_s_notices_for_2024_to_2026() {
        WorkingDayCalendar calendar = calendar();
        for (Notice notice : NOTICES) {
            Set<LocalDate> off = days(notice.daysOff());
            Set<LocalDate> makeUp = days(notice.makeUpDays());
            for (LocalDate d = LocalDate.of(notice.year(), 1, 1); d.getYear() == notice.year(); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek().getValue() >= 6;
                boolean working = makeUp.contains(d) || !weekend && !off.contains(d);
                assertThat(calendar.isWorkingDay(d)).as(d + " (" + d.getDayOfWeek() + ") per the " + notice.year() + " notice")
                        .isEqualTo(working);
            }
            assertThat(makeUp).as("make-up days fall on weekends").allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6));
            assertThat(SHIPPED.stream().filter(a -> a.year() == notice.year()).flatMap(a -> a.days().stream())
                    .filter(day -> day.kind() == WorkingDayCalendar.Kind.WORKDAY).map(Arrangement.Day::date).sorted())
                    .as("the make-up days the " + notice.year() + " file names").containsExactlyElementsOf(makeUp);
        }
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
