package org.caq.benchmark.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caq.benchmark.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * A year as an administrator types it from the notice, checked before it counts. The accepted example is the 2026
 * notice itself (国办发明电〔2025〕7号), typed festival by festival as the notice states it.
 */
class ArrangementFormTest {

    private static final WorkingDayCalendar WITHOUT_2026 = HolidayArrangements.calendarOf(List.of());

    private static List<ArrangementForm.Festival> notice2026() {
        return new ArrayList<>(List.of(
                new ArrangementForm.Festival("元旦", "2026-01-01", "2026-01-03", List.of("2026-01-04")),
                new ArrangementForm.Festival("春节", "2026-02-15", "2026-02-23", List.of("2026-02-14", "2026-02-28")),
                new ArrangementForm.Festival("清明节", "2026-04-04", "2026-04-06", List.of()),
                new ArrangementForm.Festival("劳动节", "2026-05-01", "2026-05-05", List.of("2026-05-09")),
                new ArrangementForm.Festival("端午节", "2026-06-19", "2026-06-21", List.of()),
                new ArrangementForm.Festival("中秋节", "2026-09-25", "2026-09-27", List.of()),
                new ArrangementForm.Festival("国庆节", "2026-10-01", "2026-10-07", List.of("2026-09-20", "2026-10-10"))));
    }

    private static Arrangement validate(ArrangementForm form) {
        return form.validate(WITHOUT_2026, 13, 2026, "admin", Instant.EPOCH);
    }

    @Test
    void accepts_the_2026_notice_as_typed_and_counts_the_year_as_the_shipped_file_does() {
        Arrangement typed = validate(new ArrangementForm(2026, "国办发明电〔2025〕7号", notice2026()));

        WorkingDayCalendar calendar = HolidayArrangements.calendarOf(List.of(typed));
        assertThat(calendar.workingDaysIn(2026)).isEqualTo(248);
        Arrangement shipped = HolidayArrangements.readShipped().stream().filter(a -> a.year() == 2026).findFirst().orElseThrow();
        WorkingDayCalendar fromFile = HolidayArrangements.calendarOf(List.of(shipped));
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(fromFile.isWorkingDay(day));
        }
        assertThat(typed.addedBy()).isEqualTo("admin");
        assertThat(typed.days()).filteredOn(d -> d.date().equals(LocalDate.of(2026, 9, 20)))
                .singleElement().satisfies(d -> assertThat(d.note()).isEqualTo("国庆节调休上班（周日）"));
    }

    @Test
    void refuses_a_make_up_working_day_on_a_weekday() {
        List<ArrangementForm.Festival> festivals = notice2026();
        festivals.set(3, new ArrangementForm.Festival("劳动节", "2026-05-01", "2026-05-05", List.of("2026-05-08")));

        assertThatThrownBy(() -> validate(new ArrangementForm(2026, "国办发明电〔2025〕7号", festivals)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("劳动节的调休上班日须为周六或周日（2026-05-08 是周五）");
    }

    @Test
    void refuses_a_day_counted_twice_and_reports_every_broken_rule_at_once() {
        List<ArrangementForm.Festival> festivals = notice2026();
        festivals.set(4, new ArrangementForm.Festival("端午节", "2026-09-19", "2026-09-21", List.of()));
        festivals.set(5, new ArrangementForm.Festival("中秋节", "2026-09-25", "2026-10-02", List.of()));

        assertThatThrownBy(() -> validate(new ArrangementForm(2026, "", festivals)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("通知文号须按通知原文填写")
                .hasMessageContaining("2026-10-01 重复录入（中秋节放假、国庆节放假）")
                .hasMessageContaining("2026-09-20 重复录入（端午节放假、国庆节调休上班）");
    }

    @Test
    void refuses_a_year_whose_days_off_do_not_add_up_to_the_statutory_festival_days() {
        List<ArrangementForm.Festival> festivals = notice2026();
        festivals.set(1, new ArrangementForm.Festival("春节", "2026-02-15", "2026-02-23", List.of("2026-02-14")));

        assertThatThrownBy(() -> validate(new ArrangementForm(2026, "国办发明电〔2025〕7号", festivals)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("全年净减少 14 个工作日")
                .hasMessageContaining("合计 13 天")
                .hasMessageContaining("全年应有 248 个工作日");
    }

    @Test
    void refuses_dates_outside_the_year_a_reversed_range_and_an_unparseable_date() {
        List<ArrangementForm.Festival> festivals = notice2026();
        festivals.set(0, new ArrangementForm.Festival("元旦", "2025-12-31", "2026-01-01", List.of("2026-01-04")));
        festivals.set(2, new ArrangementForm.Festival("清明节", "2026-04-06", "2026-04-04", List.of()));
        festivals.set(4, new ArrangementForm.Festival("端午节", "2026/06/19", "2026-06-21", List.of()));

        assertThatThrownBy(() -> validate(new ArrangementForm(2026, "国办发明电〔2025〕7号", festivals)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("元旦放假首日须在 2026 年内（当前值：2025-12-31）")
                .hasMessageContaining("清明节的放假末日须在首日当天或之后")
                .hasMessageContaining("端午节放假首日须为日期，格式 YYYY-MM-DD（当前值：2026/06/19）");
    }

    @Test
    void refuses_a_notice_number_of_another_year_a_year_already_loaded_and_an_empty_arrangement() {
        assertThatThrownBy(() -> validate(new ArrangementForm(2026, "国办发明电〔2019〕7号", notice2026())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("文号中的年份须为 2025 或 2026");
        WorkingDayCalendar with2026 = HolidayArrangements.calendarOf(HolidayArrangements.readShipped());
        assertThatThrownBy(() -> new ArrangementForm(2026, "国办发明电〔2025〕7号", notice2026()).validate(with2026, 13, 2026, "admin", Instant.EPOCH))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2026 年的安排已经录入");
        assertThatThrownBy(() -> validate(new ArrangementForm(2026, "国办发明电〔2025〕7号", List.of())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("请至少录入一个节日的放假日期");
        assertThatThrownBy(() -> validate(new ArrangementForm(2028, "国办发明电〔2027〕7号", notice2026())))
                .isInstanceOf(InvalidInput.class).hasMessage("年份须在 2000 至 2027 之间（当前值：2028）。");
    }
}
