package org.caq.benchmark.simulation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.retention.CampaignRetention;
import org.caq.benchmark.retention.RecordRetention;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the simulated years: the clock moved past the oldest year's ten years (decision 0012), the engine's history
 * cleanup run as its job executor runs it until it has nothing left for now, then the records' retention (decision
 * 0077) and the campaigns' (decision 0084), timed, while a reader does the day's work throughout (the public registry,
 * which reads the titles kept) and is timed against the same reads before.
 */
final class RetentionMeasurement {

    private RetentionMeasurement() {
    }

    static void run(ProcessEngine engine, JdbcClient jdbc, RecordRetention retention, CampaignRetention campaigns, int port, int years) {
        HistoryService history = engine.getHistoryService();
        long applicationsBefore = count(jdbc, "application");
        long campaignsBefore = count(jdbc, "campaign");
        long documentsBefore = count(jdbc, "application_document");
        long instancesBefore = history.createHistoricProcessInstanceQuery().count();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest registry = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/api/registry")).GET().build();
        List<Double> quiet = read(http, registry, 20);
        int oldestYear = LocalDate.now(BeijingTime.ZONE).getYear() - years + 1;
        ClockUtil.setCurrentTime(nightPastTheTenYearsOf(jdbc, oldestYear));
        long historyRowsBefore = historyRows(jdbc);
        // the day's work goes on throughout: a reader asks the registry again as soon as it has its answer
        List<Double> duringEngine = Collections.synchronizedList(new ArrayList<>());
        List<Double> duringRecords = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<List<Double>> current = new AtomicReference<>(duringEngine);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (running.get()) {
                current.get().addAll(read(http, registry, 1));
            }
        });
        reader.start();
        try {
            long start = System.nanoTime();
            // the engine's cleanup job, run as its job executor runs it: again at once while a run removed a full batch
            // (500 rows) of some table, until it reschedules itself for later
            String job = history.cleanUpHistoryAsync(true).getId();
            int rounds = 0;
            for (boolean more = true; more; rounds++) {
                engine.getManagementService().executeJob(job);
                Job next = engine.getManagementService().createJobQuery().jobId(job).singleResult();
                more = next != null && !next.getDuedate().after(ClockUtil.getCurrentTime());
            }
            long remaining = history.createHistoricProcessInstanceQuery().count();
            long historyRowsAfter = historyRows(jdbc);
            long engineMillis = (System.nanoTime() - start) / 1_000_000;
            current.set(duringRecords);
            RecordRetention.Removed removed = retention.removeExpired(100, Long.MAX_VALUE);
            CampaignRetention.Removed removedCampaigns = campaigns.removeExpired(100, Long.MAX_VALUE);
            running.set(false);
            reader.join();
            System.out.printf(Locale.ROOT, "%nRETENTION after %d years, the clock moved to %s, past the ten years of %d (and of the warm-up "
                    + "before it), not yet those of the next year:%n", years, ClockUtil.getCurrentTime().toInstant(), oldestYear);
            System.out.printf(Locale.ROOT, "  engine history cleanup: %d of %d process instances' history, %,d of %,d rows of the history "
                    + "tables, removed in %.1f s (%d runs of the cleanup job; the night's window, 01:00-05:00, is 14,400 s)%n",
                    instancesBefore - remaining, instancesBefore, historyRowsBefore - historyRowsAfter, historyRowsBefore,
                    engineMillis / 1000.0, rounds);
            System.out.printf(Locale.ROOT, "  records: %d of %d applications removed (%d rows, %d of %d documents' files) in %.1f s: %.0f rows/s; "
                    + "%d applications kept (held titles)%n", removed.applications(), applicationsBefore, removed.rows(), removed.files(),
                    documentsBefore, removed.millis() / 1000.0, removed.rows() * 1000.0 / Math.max(1, removed.millis()),
                    count(jdbc, "application"));
            System.out.printf(Locale.ROOT, "  campaigns: %d of %d removed (%d rows, %d files) in %.1f s; %d kept (a title held, or an "
                    + "application or case of theirs left)%n", removedCampaigns.campaigns(), campaignsBefore, removedCampaigns.rows(),
                    removedCampaigns.files(), removedCampaigns.millis() / 1000.0, count(jdbc, "campaign"));
            System.out.printf(Locale.ROOT, "  the day's work (GET /public/api/registry): before p50 %.1f ms, p95 %.1f ms (%d calls); "
                    + "during the engine's cleanup p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls); during the records' and campaigns' "
                    + "retention p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)%n", pct(quiet, 50), pct(quiet, 95), quiet.size(),
                    pct(duringEngine, 50), pct(duringEngine, 95), pct(duringEngine, 100), duringEngine.size(),
                    pct(duringRecords, 50), pct(duringRecords, 95), pct(duringRecords, 100), duringRecords.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            running.set(false);
            ClockUtil.reset();
        }
    }

    private static List<Double> read(HttpClient http, HttpRequest request, int times) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("registry answered " + response.statusCode());
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private static double pct(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    /**
     * The night the oldest simulated year (and the warm-up before it) has passed its ten years and the next year has
     * not: all of one year's history at once, an upper bound (in a real year its cases pass their ten years over the
     * weeks their campaign ran). The years ran one after another, so the oldest year's cases all started, and got their
     * removal time (start + ten years), before the next year's campaigns. With one year only: past every case's.
     */
    private static Date nightPastTheTenYearsOf(JdbcClient jdbc, int year) {
        Date nextYearRemoved = jdbc.sql("select min(p.REMOVAL_TIME_) from ACT_HI_PROCINST p join campaign c on c.process_instance_id = "
                + "p.PROC_INST_ID_ where c.campaign_year = ?").param(year + 1).query(Date.class).optional().orElse(null);
        if (nextYearRemoved != null) {
            return new Date(nextYearRemoved.getTime() - 1000);
        }
        Date lastRemoved = jdbc.sql("select max(REMOVAL_TIME_) from ACT_HI_PROCINST").query(Date.class).single();
        return new Date(lastRemoved.getTime() + 1000);
    }

    /** The rows of the engine's history tables (and its byte arrays, which history rows own). */
    private static long historyRows(JdbcClient jdbc) {
        long rows = 0;
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
                "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_HI_COMMENT", "ACT_HI_INCIDENT", "ACT_GE_BYTEARRAY")) {
            rows += count(jdbc, table);
        }
        return rows;
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
