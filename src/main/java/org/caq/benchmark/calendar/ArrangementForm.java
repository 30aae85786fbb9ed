package org.caq.benchmark.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.caq.benchmark.InvalidInput;

/**
 * A year's arrangement as an administrator types it from the State Council's notice: the notice's number and, per
 * festival, its days off (first to last) and the weekend days worked instead. Every broken rule is reported at once.
 *
 * <p>The plausibility rule: by the 《全国年节及纪念日放假办法》 the festivals give everyone a fixed number of days off
 * (13 since 2025); a festival day on a weekend is made up on a weekday, and each weekday added to a bridge is worked
 * back on a weekend. So in every notice the weekdays off less the make-up working days equal that number exactly,
 * and a year has (its weekdays − that number) working days. A typo in a date almost always breaks this.
 */
public record ArrangementForm(Integer year, String noticeNumber, List<Festival> festivals) {

    public record Festival(String name, String firstDay, String lastDay, List<String> workdays) {
    }

    private static final Pattern NOTICE_NUMBER = Pattern.compile("[^\\p{Cntrl}]{1,40}〔(\\d{4})〕\\d{1,4}号");
    private static final int LONGEST_FESTIVAL = 10;

    /** The arrangement to record, or every rule the form breaks. */
    Arrangement validate(WorkingDayCalendar known, int statutoryDays, int thisYear, String addedBy, Instant now) {
        List<String> problems = new ArrayList<>();
        if (year == null || year < 2000 || year > thisYear + 1) {
            problems.add("年份须在 2000 至 " + (thisYear + 1) + " 之间（当前值：" + year + "）。");
            throw new InvalidInput(String.join("\n", problems));
        }
        if (known.covers(year)) {
            problems.add(year + " 年的安排已经录入，不能重复录入。");
        }
        checkNotice(problems);
        List<Arrangement.Day> days = days(problems);
        if (problems.isEmpty()) {
            checkTotal(days, statutoryDays, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(String.join("\n", problems));
        }
        return new Arrangement(year, noticeNumber.strip(), addedBy, now, List.copyOf(days));
    }

    private void checkNotice(List<String> problems) {
        var matcher = NOTICE_NUMBER.matcher(noticeNumber == null ? "" : noticeNumber.strip());
        if (!matcher.matches()) {
            problems.add("通知文号须按通知原文填写，如“国办发明电〔" + (year - 1) + "〕7号”（当前值：" + noticeNumber + "）。");
        } else if (Integer.parseInt(matcher.group(1)) != year - 1 && Integer.parseInt(matcher.group(1)) != year) {
            problems.add(year + " 年的安排由 " + (year - 1) + " 年（或当年）的通知发布，文号中的年份须为 " + (year - 1)
                    + " 或 " + year + "（当前值：" + noticeNumber.strip() + "）。");
        }
    }

    private List<Arrangement.Day> days(List<String> problems) {
        List<Arrangement.Day> days = new ArrayList<>();
        Map<LocalDate, String> taken = new HashMap<>();
        if (festivals == null || festivals.stream().allMatch(ArrangementForm::blank)) {
            problems.add("请至少录入一个节日的放假日期。");
            return days;
        }
        for (Festival festival : festivals) {
            if (blank(festival)) {
                continue;
            }
            String name = festival.name() == null ? "" : festival.name().strip();
            if (name.isEmpty() || name.length() > 20 || name.chars().anyMatch(Character::isISOControl)) {
                problems.add("节日名称须为 1 至 20 个字（当前值：" + festival.name() + "）。");
                continue;
            }
            LocalDate first = date(festival.firstDay(), name + "放假首日", problems);
            LocalDate last = date(festival.lastDay(), name + "放假末日", problems);
            if (first != null && last != null) {
                if (last.isBefore(first) || first.plusDays(LONGEST_FESTIVAL - 1).isBefore(last)) {
                    problems.add(name + "的放假末日须在首日当天或之后，且连续放假不超过 " + LONGEST_FESTIVAL + " 天（当前："
                            + first + " 至 " + last + "）。");
                } else {
                    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                        take(day, name + "放假", taken, problems);
                        days.add(new Arrangement.Day(day, WorkingDayCalendar.Kind.HOLIDAY, name));
                    }
                }
            }
            for (String text : festival.workdays() == null ? List.<String>of() : festival.workdays()) {
                LocalDate day = text == null || text.isBlank() ? null : date(text, name + "调休上班日", problems);
                if (day == null) {
                    continue;
                }
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    problems.add(name + "的调休上班日须为周六或周日（" + day + " 是" + weekday(day) + "）。");
                    continue;
                }
                take(day, name + "调休上班", taken, problems);
                days.add(new Arrangement.Day(day, WorkingDayCalendar.Kind.WORKDAY, name + "调休上班（" + weekday(day) + "）"));
            }
        }
        return days;
    }

    private void checkTotal(List<Arrangement.Day> days, int statutoryDays, List<String> problems) {
        long weekdaysOff = days.stream().filter(d -> d.kind() == WorkingDayCalendar.Kind.HOLIDAY)
                .filter(d -> d.date().getDayOfWeek().getValue() <= 5).count();
        long workedWeekends = days.stream().filter(d -> d.kind() == WorkingDayCalendar.Kind.WORKDAY).count();
        if (weekdaysOff - workedWeekends != statutoryDays) {
            problems.add("放假安排占用工作日 " + weekdaysOff + " 天、调休上班 " + workedWeekends + " 天，全年净减少 "
                    + (weekdaysOff - workedWeekends) + " 个工作日；按《全国年节及纪念日放假办法》，全体公民放假的节日合计 "
                    + statutoryDays + " 天，二者应相等（全年应有 " + (weekdays(year) - statutoryDays)
                    + " 个工作日）。请逐一核对各节日的放假日期和调休上班日期。");
        }
    }

    private void take(LocalDate day, String use, Map<LocalDate, String> taken, List<String> problems) {
        String before = taken.putIfAbsent(day, use);
        if (before != null) {
            problems.add(day + " 重复录入（" + before + "、" + use + "）：每一天只能是放假或调休上班中的一种，且只属于一个节日。");
        }
    }

    private LocalDate date(String text, String label, List<String> problems) {
        try {
            LocalDate day = LocalDate.parse(text == null ? "" : text.strip());
            if (day.getYear() != year) {
                problems.add(label + "须在 " + year + " 年内（当前值：" + day + "）。");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(label + "须为日期，格式 YYYY-MM-DD（当前值：" + text + "）。");
            return null;
        }
    }

    private static boolean blank(Festival festival) {
        return festival == null || (isBlank(festival.firstDay()) && isBlank(festival.lastDay())
                && (festival.workdays() == null || festival.workdays().stream().allMatch(ArrangementForm::isBlank)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static int weekdays(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            count += day.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }
        return count;
    }

    private static String weekday(LocalDate day) {
        return "周" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
    }
}
