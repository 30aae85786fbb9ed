package org.caq.benchmark.publicity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.caq.benchmark.application.Applications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public look-up of an objection's progress by its number and the objector's phone. The phone is the secret: a
 * wrong pair is answered like an unknown number, and an address that fails too often in an hour is refused for a while
 * (every look-up is recorded), so numbers cannot be walked to learn phones or outcomes.
 */
@Component
class ObjectionLookup {

    /** What the objector may learn: the stage, and the reply once the objection is settled. No findings, no committee. */
    record Progress(String number, String applicationNumber, String benchmarkName, Instant submittedAt, String status,
            Instant closedAt, String reply) {
    }

    static class NotFound extends RuntimeException {
        NotFound() {
            super("未查到该异议：请核对回执上的异议编号和提交异议时填写的联系电话。");
        }
    }

    static class TooManyLookups extends RuntimeException {
        TooManyLookups(int limit) {
            super("查询过于频繁：同一网络地址每小时最多 " + limit + " 次未查到结果，请核对异议编号和联系电话后稍后再试。");
        }
    }

    private final Objections objections;
    private final Applications applications;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int failuresPerHour;

    ObjectionLookup(Objections objections, Applications applications, JdbcClient jdbc, Clock clock,
            @Value("${benchmark.objections.failed-lookups-per-address-per-hour:5}") int failuresPerHour) {
        this.objections = objections;
        this.applications = applications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.failuresPerHour = failuresPerHour;
    }

    Optional<Progress> find(String number, String phone, String clientAddress) {
        long failures = jdbc.sql("select count(*) from objection_lookup where client_address = ? and looked_up_at >= ? and found = false")
                .params(clientAddress, Timestamp.from(clock.instant().minus(Duration.ofHours(1)))).query(Long.class).single();
        if (failures >= failuresPerHour) {
            throw new TooManyLookups(failuresPerHour);
        }
        Optional<Objection> found = Optional.ofNullable(number).flatMap(objections::find)
                .filter(o -> phone != null && o.objector().phone().equals(phone.strip()));
        jdbc.sql("insert into objection_lookup (client_address, looked_up_at, found) values (?, ?, ?)")
                .params(clientAddress, Timestamp.from(clock.instant()), found.isPresent()).update();
        return found.map(o -> new Progress(o.number(), o.applicationNumber(),
                applications.find(o.applicationNumber()).map(c -> c.application().benchmarkName()).orElse(""), o.submittedAt(),
                o.closedAt() != null ? "已办结：" + o.status().displayName() : o.status().displayName(), o.closedAt(),
                o.closedAt() != null ? o.reply() : null));
    }
}
