package org.caq.benchmark.simulation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.caq.benchmark.retention.CampaignRetention;
import org.caq.benchmark.retention.RecordRetention;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the simulated years: the clock moved past every case's ten years (decision 0012), the engine's history
 * cleanup run to its end, then the records' retention (decision 0077) and the campaigns' (decision 0084), timed,
 * while a reader does the day's work throughout (the public registry, which reads the titles kept) and is timed against
 * the same reads before.
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
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(3650L + 366L * years + 30).toMillis()));
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
            long remaining = instancesBefore;
            int rounds = 0;
            for (; rounds < 10_000; rounds++) {
                Job cleanup = history.cleanUpHistoryAsync(true);
                engine.getManagementService().executeJob(cleanup.getId());
                long now = history.createHistoricProcessInstanceQuery().count();
                if (now == remaining) {
                    break;
                }
                remaining = now;
            }
            long engineMillis = (System.nanoTime() - start) / 1_000_000;
            current.set(duringRecords);
            RecordRetention.Removed removed = retention.removeExpired(100, Long.MAX_VALUE);
            CampaignRetention.Removed removedCampaigns = campaigns.removeExpired(100, Long.MAX_VALUE);
            running.set(false);
            reader.join();
            System.out.printf(Locale.ROOT, "%nRETENTION after %d years, clock moved past every case's ten years:%n", years);
            System.out.printf(Locale.ROOT, "  engine history cleanup: %d of %d process instances' history removed in %.1f s (%d batches; "
                    + "the night's window, 01:00-05:00, is 14,400 s)%n", instancesBefore - remaining, instancesBefore, engineMillis / 1000.0,
                    rounds);
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

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
