package org.caq.benchmark.simulation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a PostgreSQL run spends the server's time, per simulated year: the CPU of the server and of this JVM, the
 * statements by total execution time ({@code pg_stat_statements}, which the simulation's server preloads) and the
 * tables read by sequential scans.
 *
 * <p>The server's autovacuum visits the database every second instead of every minute: the simulation compresses a
 * selection year of months into half a minute, so it compresses the maintenance cadence too. With the default, the
 * engine's runtime tables grew from empty to thousands of rows between two visits, and the plans PostgreSQL had
 * cached while they were empty (sequential scans, also in the foreign-key checks of every deleted execution) were
 * used all the while; over months of a real year, autovacuum re-analyses them many times as they grow.
 */
final class PostgresStatements {

    /**
     * The deadline rush's server: the statements counted, autovacuum as PostgreSQL ships it. The rush times writes, not
     * plans; a visit every second (the simulation's setting for its reads) would vacuum the history tables several
     * times inside one rush of a few seconds, where a server in service visits a database once a minute.
     */
    static final String RUSH_SETTINGS = "shared_preload_libraries=pg_stat_statements pg_stat_statements.max=2000";
    static final String SERVER_SETTINGS = RUSH_SETTINGS + " autovacuum_naptime=1";

    private final JdbcClient jdbc;
    private long cpuAtReset;
    private long jvmCpuAtReset;

    PostgresStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("create extension if not exists pg_stat_statements").update();
    }

    /**
     * Waits (at most two minutes) until autovacuum has analysed the engine's busiest tables once. A fresh database
     * has no statistics, and autovacuum first visits it a minute after the server starts: years measured before
     * that would run without the maintenance and re-planning every database in service has.
     */
    void awaitFirstMaintenance() {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 120_000_000_000L && jdbc.sql("""
                select count(*) from pg_stat_user_tables
                where relname in ('act_hi_detail', 'act_hi_varinst', 'act_hi_actinst', 'act_ru_variable') and last_autoanalyze is null""")
                .query(Long.class).single() > 0) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.printf(Locale.ROOT, "POSTGRES: waited %.0f s for autovacuum's first analysis of the history tables%n",
                (System.nanoTime() - start) / 1e9);
    }

    void reset() {
        jdbc.sql("select pg_stat_statements_reset()").query().singleValue();
        cpuAtReset = postgresCpuMillis();
        jvmCpuAtReset = jvmCpuMillis();
    }

    void report(String label) {
        System.out.printf(Locale.ROOT, "POSTGRES %s: CPU of the PostgreSQL processes %d ms, of this JVM %d ms%n", label,
                postgresCpuMillis() - cpuAtReset, jvmCpuMillis() - jvmCpuAtReset);
        System.out.printf(Locale.ROOT, "POSTGRES %s: %s%n", label, jdbc.sql("""
                select count(*) || ' statements, ' || sum(calls) || ' calls, ' || round(sum(total_exec_time)) || ' ms executing, '
                       || round(sum(total_plan_time)) || ' ms planning (when pg_stat_statements.track_planning is on)'
                from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())""")
                .query(String.class).single());
        jdbc.sql("""
                select calls, round(total_exec_time::numeric, 1), round((total_exec_time / greatest(calls, 1))::numeric, 3), rows,
                       regexp_replace(left(query, 160), '\\s+', ' ', 'g')
                from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                order by total_exec_time desc limit 12""")
                .query((rs, i) -> String.format(Locale.ROOT, "  %8d calls %9s ms %8s ms/call %8d rows  %s",
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list().forEach(System.out::println);
    }

    /**
     * Every statement since the reset with its calls per unit of work ({@code per}: e.g. the starts made), most
     * called first: how many statements and round trips one unit costs, and which of them read the same row again.
     */
    void perUnit(String label, int per) {
        var lines = jdbc.sql("""
                select calls, round((total_exec_time / greatest(calls, 1))::numeric, 3), regexp_replace(left(query, 200), '\\s+', ' ', 'g')
                from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                  and query not like '%pg_stat_statements%' order by calls desc, query""")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        long calls = lines.stream().mapToLong(l -> (Long) l[0]).sum();
        System.out.printf(Locale.ROOT, "STATEMENTS %s: %.1f calls per unit (%d distinct statements; %d units)%n", label,
                calls / (double) per, lines.size(), per);
        lines.forEach(l -> System.out.printf(Locale.ROOT, "  %7.2f x %8s ms  %s%n", (Long) l[0] / (double) per, l[1], l[2]));
    }

    /** Where PostgreSQL read whole tables during the run: the tables most read by sequential scans. */
    void sequentialScans() {
        System.out.println("POSTGRES sequential scans (table: scans, rows read, live rows):");
        jdbc.sql("""
                select relname, seq_scan, seq_tup_read, n_live_tup from pg_stat_user_tables
                order by seq_tup_read desc limit 8""")
                .query((rs, i) -> String.format(Locale.ROOT, "  %s: %d, %d, %d", rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list().forEach(System.out::println);
    }

    /**
     * CPU time of every running postgres process plus what the server's finished children (autovacuum workers,
     * closed connections) used, from /proc (Linux; clock ticks of 10 ms).
     */
    private static long postgresCpuMillis() {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (!stat.contains("(postgres)")) {
                        continue;
                    }
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // fields from the state on: utime 11, stime 12, cutime 13, cstime 14
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * 10;
    }

    private static long jvmCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }
}
