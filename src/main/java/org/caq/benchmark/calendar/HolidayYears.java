package org.caq.benchmark.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The years administrators added, with who added each and when. */
@Repository
class HolidayYears {

    private final JdbcClient jdbc;

    HolidayYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Arrangement> all() {
        Map<Integer, List<Arrangement.Day>> days = new LinkedHashMap<>();
        jdbc.sql("select calendar_year, calendar_day, kind, note from holiday_arrangement_day order by calendar_day").query(rs -> {
            days.computeIfAbsent(rs.getInt("calendar_year"), y -> new ArrayList<>()).add(new Arrangement.Day(rs.getDate("calendar_day").toLocalDate(),
                    WorkingDayCalendar.Kind.valueOf(rs.getString("kind")), rs.getString("note")));
        });
        return jdbc.sql("select calendar_year, notice_number, added_by, added_at from holiday_arrangement order by calendar_year")
                .query((rs, n) -> new Arrangement(rs.getInt("calendar_year"), rs.getString("notice_number"), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant(), List.copyOf(days.getOrDefault(rs.getInt("calendar_year"), List.of()))))
                .list();
    }

    void insert(Arrangement arrangement) {
        jdbc.sql("insert into holiday_arrangement (calendar_year, notice_number, added_by, added_at) values (?, ?, ?, ?)")
                .params(arrangement.year(), arrangement.noticeNumber(), arrangement.addedBy(), Timestamp.from(arrangement.addedAt()))
                .update();
        for (Arrangement.Day day : arrangement.days()) {
            jdbc.sql("insert into holiday_arrangement_day (calendar_day, calendar_year, kind, note) values (?, ?, ?, ?)")
                    .params(Date.valueOf(day.date()), arrangement.year(), day.kind().name(), day.note()).update();
        }
    }
}
