package org.caq.benchmark.simulation;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.caq.benchmark.TestPostgres;
import org.postgresql.PGConnection;

/**
 * A bare Camunda 7.24 engine beside the application's, holding the same engine rows: a second database of the same
 * kind, its schema created by the bare engine itself, and every {@code ACT_*} table's rows copied from the
 * application's database whenever {@link #refresh()} is called (at each peak, just before it is read). The engine is a
 * plain {@link ProcessEngineConfiguration}: authorization on, Camunda's Spin plugin (the history holds JSON variables),
 * nothing of the project's (no plugin, authorization provider, listener or history level of its own), the same kind of
 * connection pool (Hikari). Both sides are then asked the same engine queries as the same user (docs/performance.md,
 * "Side by side with a bare engine").
 */
final class BareEngine implements AutoCloseable {

    /** The bare engine's own rows: its schema version and log, and its id block. */
    private static final Set<String> OWN = Set.of("ACT_GE_PROPERTY", "ACT_GE_SCHEMA_LOG");
    private static final int BATCH = 1000;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** What one refresh copied. */
    record Copy(int tables, long rows, long millis) {
    }

    private final DataSource source;
    private final HikariDataSource target;
    private final ProcessEngine engine;
    private final boolean postgres;

    private BareEngine(DataSource source, HikariDataSource target, ProcessEngine engine, boolean postgres) {
        this.source = source;
        this.target = target;
        this.engine = engine;
        this.postgres = postgres;
    }

    /** A bare engine on a fresh database of the kind of {@code source} ({@code h2} or {@code postgres}), still empty. */
    static BareEngine beside(DataSource source, String database) {
        boolean postgres = "postgres".equals(database);
        String name = "bare_peak_" + DATABASES.incrementAndGet();
        HikariDataSource target = new HikariDataSource();
        if (postgres) {
            target.setJdbcUrl(TestPostgres.shared().createDatabase(name));
            target.setUsername(TestPostgres.shared().user());
            target.setPassword("");
        } else {
            target.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH");
            target.setUsername("sa");
            target.setPassword("");
        }
        target.setMaximumPoolSize(10);
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(target);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        return new BareEngine(source, target, configuration.buildProcessEngine(), postgres);
    }

    ProcessEngine engine() {
        return engine;
    }

    /**
     * Replaces the rows of every engine table with the application's as they are now (referential checks off while
     * copying, so the order of the tables does not matter); on PostgreSQL then analyses both databases, so that both
     * sides plan with current statistics.
     */
    Copy refresh() {
        long start = System.nanoTime();
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            List<String> tables = engineTables(to);
            boolean fromAutoCommit = from.getAutoCommit();
            from.setAutoCommit(false);
            to.setAutoCommit(false);
            try (Statement statement = to.createStatement()) {
                statement.execute(postgres ? "set session_replication_role = replica" : "set referential_integrity false");
                long rows = 0;
                if (postgres) {
                    statement.execute("truncate " + String.join(", ", tables));
                    for (String table : tables) {
                        rows += copyByCopy(from, to, table);
                    }
                } else {
                    for (String table : tables) {
                        statement.executeUpdate("delete from " + table);
                        rows += copy(from, to, table);
                    }
                }
                to.commit();
                statement.execute(postgres ? "set session_replication_role = origin" : "set referential_integrity true");
                to.commit();
                from.commit();
                if (postgres) {
                    analyse(from);
                    analyse(to);
                }
                return new Copy(tables.size(), rows, (System.nanoTime() - start) / 1_000_000);
            } finally {
                from.setAutoCommit(fromAutoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy the engine's rows to the bare engine", e);
        }
    }

    private static List<String> engineTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                String upper = table.toUpperCase(Locale.ROOT);
                if (upper.startsWith("ACT_") && !OWN.contains(upper)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /**
     * PostgreSQL's own bulk path: the table's rows out of the application's database with {@code COPY … TO STDOUT} into
     * a temporary file, and into the bare one with {@code COPY … FROM STDIN}, by the target's column names. Row by row
     * over JDBC, a ten-year peak's millions of history rows took longer than the year's stages themselves.
     */
    private static long copyByCopy(Connection from, Connection to, String table) throws SQLException {
        String columns;
        try (Statement statement = to.createStatement();
                ResultSet rs = statement.executeQuery("select * from " + table + " where false")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                names.add(meta.getColumnName(c));
            }
            columns = String.join(", ", names);
        }
        try {
            Path file = Files.createTempFile("bare-peak-", ".copy");
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    from.unwrap(PGConnection.class).getCopyAPI().copyOut("copy " + table + " (" + columns + ") to stdout", out);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return to.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin", in);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long copy(Connection from, Connection to, String table) throws SQLException {
        try (Statement select = from.createStatement()) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery("select * from " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    names.add(meta.getColumnName(c));
                }
                String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                        + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
                long rows = 0;
                try (PreparedStatement into = to.prepareStatement(insert)) {
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            copyValue(rs, into, c, meta.getColumnType(c));
                        }
                        into.addBatch();
                        if (++rows % BATCH == 0) {
                            into.executeBatch();
                        }
                    }
                    into.executeBatch();
                }
                return rows;
            }
        }
    }

    private static void copyValue(ResultSet rs, PreparedStatement into, int c, int type) throws SQLException {
        switch (type) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> into.setBytes(c, rs.getBytes(c));
            case Types.CLOB, Types.NCLOB -> into.setString(c, rs.getString(c));
            default -> {
                Object value = rs.getObject(c);
                if (value == null) {
                    into.setNull(c, type);
                } else {
                    into.setObject(c, value);
                }
            }
        }
    }

    private static void analyse(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public void close() {
        engine.close();
        target.close();
    }
}
