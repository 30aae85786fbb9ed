package org.caq.benchmark.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The expert pool (专家库). */
@Repository
public class Experts {

    private final JdbcClient jdbc;

    Experts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Expert> all() {
        return jdbc.sql("select * from expert order by code").query(Experts::map).list();
    }

    public Optional<Expert> find(String code) {
        return jdbc.sql("select * from expert where code = ?").param(code).query(Experts::map).optional();
    }

    public Optional<Expert> ofUser(String userId) {
        return jdbc.sql("select * from expert where user_id = ?").param(userId).query(Experts::map).optional();
    }

    void save(Expert e) {
        int updated = jdbc.sql("""
                update expert set user_id = ?, name = ?, field = ?, industries = ?, region = ?, affiliation = ?,
                association = ?, can_chair = ? where code = ?""")
                .params(e.userId(), e.name(), e.field(), String.join(",", e.industries()), e.region(), e.affiliation(),
                        e.association(), e.canChair(), e.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into expert (code, user_id, name, field, industries, region, affiliation, association, can_chair)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.code(), e.userId(), e.name(), e.field(), String.join(",", e.industries()), e.region(),
                            e.affiliation(), e.association(), e.canChair())
                    .update();
        }
    }

    private static Expert map(ResultSet rs, int row) throws SQLException {
        return new Expert(rs.getString("code"), rs.getString("user_id"), rs.getString("name"), rs.getString("field"),
                new LinkedHashSet<>(Arrays.asList(rs.getString("industries").split(","))), rs.getString("region"),
                rs.getString("affiliation"), rs.getString("association"), rs.getBoolean("can_chair"));
    }
}
