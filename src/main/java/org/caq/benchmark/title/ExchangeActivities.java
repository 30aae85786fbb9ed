package org.caq.benchmark.title;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExchangeActivities {

    private final JdbcClient jdbc;

    ExchangeActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the activity numbered {@code <year>-<directory>-J<nn>} with its invitations; answers the number. */
    String record(String directory, String name, LocalDate heldOn, String place, List<String> invited, String by,
            String processInstanceId) {
        String prefix = heldOn.getYear() + "-" + directory + "-J";
        long count = jdbc.sql("select count(*) from exchange_activity where number like ?").param(prefix + "%")
                .query(Long.class).single();
        String number = prefix + String.format("%02d", count + 1);
        jdbc.sql("""
                insert into exchange_activity (number, directory, name, held_on, place, recorded_by, recorded_at,
                    process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, directory, name, Date.valueOf(heldOn), place, by, Timestamp.from(BeijingTime.now()),
                        processInstanceId)
                .update();
        invited.forEach(title -> jdbc.sql("insert into exchange_attendance (activity_number, title_number) values (?, ?)")
                .params(number, title).update());
        return number;
    }

    /** The process instance the activity belongs to: the one that recorded it. */
    Optional<String> processOf(String number) {
        return jdbc.sql("select process_instance_id from exchange_activity where number = ?").param(number)
                .query(String.class).optional();
    }

    void attended(String number, String titleNumber, Attendance attendance, String note) {
        jdbc.sql("update exchange_attendance set attendance = ?, note = ? where activity_number = ? and title_number = ?")
                .params(attendance.name(), note, number, titleNumber).update();
    }

    void attendanceRecorded(String number, String by) {
        jdbc.sql("update exchange_activity set attendance_recorded_by = ?, attendance_recorded_at = ? where number = ?")
                .params(by, Timestamp.from(BeijingTime.now()), number).update();
    }

    public Optional<ExchangeActivity> find(String number) {
        List<ExchangeActivity.Invitation> invitations = jdbc.sql("""
                select * from exchange_attendance where activity_number = ? order by title_number""").param(number)
                .query((rs, row) -> new ExchangeActivity.Invitation(rs.getString("title_number"),
                        rs.getString("attendance") == null ? null : Attendance.valueOf(rs.getString("attendance")),
                        rs.getString("note")))
                .list();
        return jdbc.sql("select * from exchange_activity where number = ?").param(number)
                .query((rs, row) -> new ExchangeActivity(rs.getString("number"), rs.getString("directory"),
                        rs.getString("name"), rs.getDate("held_on").toLocalDate(), rs.getString("place"), invitations))
                .optional();
    }

    /** How a title's holder attended the activities it was invited to, oldest first. */
    public List<String> attendanceOf(String titleNumber) {
        return jdbc.sql("""
                select a.number, a.name, a.held_on, t.attendance from exchange_attendance t
                join exchange_activity a on a.number = t.activity_number
                where t.title_number = ? and t.attendance is not null order by a.held_on""").param(titleNumber)
                .query((rs, row) -> rs.getDate("held_on") + " " + rs.getString("name") + "："
                        + Attendance.valueOf(rs.getString("attendance")).displayName())
                .list();
    }
}
