package org.caq.benchmark.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table, the engine's and the project's, reduced to a count and a digest per table: two snapshots
 * are equal only if nothing was inserted, updated or deleted anywhere in between. Left out: the engine's metric tables
 * (its metrics reporter writes them on its own schedule, whoever is calling) and the login records (every successful
 * login notes its address as known, identity.LoginThrottle) — neither is part of a case; and of the notices, their
 * delivery (the outbox sender tries, retries and marks them sent on its own schedule), while what was written stays in.
 */
record DatabaseSnapshot(Map<String, String> tables) {

    private static final Set<String> BACKGROUND = Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG", "LOGIN_FAILURE",
            "LOGIN_KNOWN_ADDRESS");

    /** Tables of which only these columns are case data. */
    private static final Map<String, String> CASE_COLUMNS = Map.of("NOTICE",
            "id, event, process_instance_id, business_key, recipient_user, recipient_address, subject, body, dedup_key, created_at");

    static DatabaseSnapshot take(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> tables = new TreeMap<>();
            for (String table : tables(connection)) {
                if (!BACKGROUND.contains(table.toUpperCase())) {
                    tables.put(table.toUpperCase(), digest(connection, table));
                }
            }
            return new DatabaseSnapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            value = blob.getBytes(1, (int) blob.length());
        } else if (value instanceof Clob clob) {
            value = clob.getSubString(1, (int) clob.length());
        }
        return value instanceof byte[] bytes ? String.valueOf(Arrays.hashCode(bytes)) : String.valueOf(value);
    }

    private static String digest(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select " + CASE_COLUMNS.getOrDefault(table.toUpperCase(), "*")
                        + " from \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(text(rs.getObject(i))).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
            return rows.size() + " rows " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
