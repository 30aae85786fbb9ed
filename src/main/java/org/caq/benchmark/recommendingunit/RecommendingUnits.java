package org.caq.benchmark.recommendingunit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class RecommendingUnits {

    private static final String SELECT = "select code, directory, name, kind, default_quota from recommending_unit";

    private final JdbcClient jdbc;

    RecommendingUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit of every directory: the national one first, then the provinces'. */
    public List<RecommendingUnit> all() {
        return jdbc.sql(SELECT + " order by case when directory = 'national' then 0 else 1 end, directory, position")
                .query(RecommendingUnits::map).list();
    }

    public List<RecommendingUnit> inDirectory(String directory) {
        return jdbc.sql(SELECT + " where directory = ? order by position").param(directory)
                .query(RecommendingUnits::map).list();
    }

    /** Code → name of every unit, for lists that name many units at once. */
    public Map<String, String> names() {
        return all().stream().collect(Collectors.toMap(RecommendingUnit::code, RecommendingUnit::name, (a, b) -> a));
    }

    /** The unit's name, or its code if the directory does not know it. */
    public String nameOf(String code) {
        return find(code).map(RecommendingUnit::name).orElse(code);
    }

    public Optional<RecommendingUnit> find(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(RecommendingUnits::map).optional();
    }

    /**
     * Inserts new units and updates known ones, in the files' order. A unit dropped from a file stays:
     * past campaigns refer to it.
     */
    @Transactional
    void saveAll(List<RecommendingUnit> units) {
        for (int i = 0; i < units.size(); i++) {
            RecommendingUnit unit = units.get(i);
            int updated = jdbc.sql("""
                    update recommending_unit set directory = ?, name = ?, kind = ?, default_quota = ?, position = ?
                    where code = ?""")
                    .params(unit.directory(), unit.name(), unit.kind().name(), unit.defaultQuota(), i + 1, unit.code())
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                        insert into recommending_unit (code, directory, name, kind, default_quota, position)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(unit.code(), unit.directory(), unit.name(), unit.kind().name(), unit.defaultQuota(), i + 1)
                        .update();
            }
        }
    }

    private static RecommendingUnit map(ResultSet rs, int row) throws SQLException {
        return new RecommendingUnit(rs.getString("code"), rs.getString("directory"), rs.getString("name"),
                RecommendingUnit.Kind.valueOf(rs.getString("kind")), rs.getInt("default_quota"));
    }
}
