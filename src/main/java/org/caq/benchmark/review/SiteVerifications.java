package org.caq.benchmark.review;

import java.sql.Timestamp;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** On-site verifications (现场核查, seed 001 §1(3)) the office orders, and what it found. */
@Repository
public class SiteVerifications {

    private final JdbcClient jdbc;

    SiteVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void order(String application) {
        jdbc.sql("insert into site_verification (application_number, ordered_at) values (?, ?)")
                .params(application, Timestamp.from(BeijingTime.now())).update();
    }

    void record(String application, String finding, String recordedBy) {
        jdbc.sql("update site_verification set finding = ?, recorded_by = ?, recorded_at = ? where application_number = ?")
                .params(finding, recordedBy, Timestamp.from(BeijingTime.now()), application).update();
    }

    public Optional<String> finding(String application) {
        return jdbc.sql("select finding from site_verification where application_number = ?").param(application)
                .query(String.class).optional();
    }

    /** No verification was ordered for the application, or its finding is recorded. */
    boolean isSettled(String application) {
        return jdbc.sql("select count(*) from site_verification where application_number = ? and finding is null")
                .param(application).query(Integer.class).single() == 0;
    }
}
