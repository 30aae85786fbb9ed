package org.caq.benchmark.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which enterprise each applicant account applies as (table applicant_enterprise). */
@Component
class ApplicantEnterprises {

    record Binding(String userId, Enterprise enterprise, String boundBy, Instant boundAt) {
    }

    private final JdbcClient jdbc;

    ApplicantEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Binding> of(String userId) {
        return jdbc.sql("select * from applicant_enterprise where user_id = ?").param(userId).query(this::binding).optional();
    }

    Optional<Binding> holding(String creditCode) {
        return jdbc.sql("select * from applicant_enterprise where credit_code = ?").param(creditCode).query(this::binding)
                .optional();
    }

    List<Binding> all() {
        return jdbc.sql("select * from applicant_enterprise order by user_id").query(this::binding).list();
    }

    void bind(String userId, Enterprise enterprise, String by) {
        Timestamp now = Timestamp.from(BeijingTime.now());
        int updated = jdbc.sql("""
                update applicant_enterprise set credit_code = ?, enterprise_name = ?, bound_by = ?, bound_at = ?
                where user_id = ?""").params(enterprise.creditCode(), enterprise.name(), by, now, userId).update();
        if (updated == 0) {
            jdbc.sql("insert into applicant_enterprise (user_id, credit_code, enterprise_name, bound_by, bound_at) values (?, ?, ?, ?, ?)")
                    .params(userId, enterprise.creditCode(), enterprise.name(), by, now).update();
        }
    }

    private Binding binding(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Binding(rs.getString("user_id"), new Enterprise(rs.getString("credit_code"), rs.getString("enterprise_name")),
                rs.getString("bound_by"), rs.getTimestamp("bound_at").toInstant());
    }
}
