package org.caq.benchmark.simulation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.model.ReviewProcess;

/**
 * What the busiest users ask for at the peaks of a year, as those users (authorizations on), timed over
 * {@link #CALLS} calls (20 unless set) after {@value #WARMUP} warm-up calls each (p50, p95): every Tasklist filter's
 * count and first page of 15 for the user whose list is longest at that moment (units and applicants while the
 * applications wait for their units, the offices at the peak of form review, the busiest expert at the start of
 * material review), and at the year's end one case's audit trail and dossier (office, HTTP Basic) and the public
 * registry and announcement.
 * Year 1 and year N of a run are compared side by side (docs/performance.md).
 *
 * <p>With a {@link BareEngine}: before each peak's reads it is given the application's engine rows as they are at that
 * moment, and every engine read (each filter's count and first page, the engine's queries of the audit trail) is asked
 * of both engines in turn, one call each, as the same user with the same groups; the counts must agree. The project's
 * own pages (the trail and dossier as served, the registry, the announcement) have no bare counterpart.
 */
final class PeakProbe {

    /** Calls timed per read and side ({@code -Dsimulation.peak-calls}). */
    static final int CALLS = Integer.getInteger("simulation.peak-calls", 20);
    static final int WARMUP = 3;

    /** One read at one peak; {@code bareP50}, {@code bareP95} NaN where the read has no bare counterpart. */
    record Reading(String what, String user, long rows, double p50, double p95, double bareP50, double bareP95) {

        boolean bare() {
            return !Double.isNaN(bareP50);
        }
    }

    private final ProcessEngine engine;
    private final BareEngine bare;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Reading> readings = new ArrayList<>();
    private final List<BareEngine.Copy> copies = new ArrayList<>();

    /** {@code bare}: null for the application alone. */
    PeakProbe(ProcessEngine engine, int port, BareEngine bare) {
        this.engine = engine;
        this.bare = bare;
        this.base = "http://localhost:" + port;
    }

    /** The bare engine's copies of the application's rows, one per peak. */
    List<BareEngine.Copy> copies() {
        return copies;
    }

    List<Reading> readings() {
        return readings;
    }

    /** While the applications wait for their units: the busiest unit's lists and an applicant's. */
    void units(String unit, String applicant) {
        copyToBare();
        filters("unit-" + unit, "sim-unit-" + unit, List.of("unit-" + unit), List.of("本单位待推荐", "我的待办"));
        filters("applicant", applicant, List.of("applicant"), List.of("我的待办"));
    }

    /** At the peak of form review: the national office's lists and a provincial office's. */
    void offices(String provinceOffice) {
        copyToBare();
        filters("office", "office", List.of("office"), List.of("待形式审查", "我的待办", "逾期任务"));
        if (provinceOffice != null) {
            filters(provinceOffice, "sim-" + provinceOffice, List.of(provinceOffice), List.of("待形式审查", "我的待办"));
        }
    }

    /** At the start of material review: the lists of the expert with the most open tasks of the review process. */
    void busiestExpert() {
        copyToBare();
        Map<String, Long> perExpert = engine.getTaskService().createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .list().stream().filter(task -> task.getAssignee() != null)
                .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
        perExpert.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(busiest ->
                filters("expert", busiest.getKey(), List.of("committee"), List.of("我的评审任务", "我的待办")));
    }

    /** At the year's end: one case's trail and dossier as the office, and the public pages. */
    void reads(String caseKey, String campaign) {
        copyToBare();
        List<String> office = List.of("office");
        long rows = TrailQueries.rows(engine, "office", office, caseKey);
        time("audit trail: the engine's queries", "office", rows, () -> TrailQueries.rows(engine, "office", office, caseKey),
                bare == null ? null : () -> TrailQueries.rows(bare.engine(), "office", office, caseKey));
        get("audit trail", "office", "/api/audit/cases/" + caseKey, true);
        get("dossier (CSV)", "office", "/api/audit/cases/" + caseKey + "/dossier.csv", true);
        get("public registry", "anonymous", "/public/api/registry", false);
        get("public announcement", "anonymous", "/public/api/announcements/" + campaign, false);
    }

    private void filters(String role, String user, List<String> groups, List<String> names) {
        for (String name : names) {
            Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
            if (filter == null) {
                continue;
            }
            long rows = count(engine, user, groups, filter.getId());
            time(name + " count", role, rows, () -> count(engine, user, groups, filter.getId()),
                    bare == null ? null : () -> count(bare.engine(), user, groups, filter.getId()));
            time(name + " first page", role, rows, () -> firstPage(engine, user, groups, filter.getId()),
                    bare == null ? null : () -> firstPage(bare.engine(), user, groups, filter.getId()));
        }
    }

    private static long count(ProcessEngine on, String user, List<String> groups, String filter) {
        return Person.as(on.getIdentityService(), user, groups, () -> on.getFilterService().count(filter));
    }

    private static long firstPage(ProcessEngine on, String user, List<String> groups, String filter) {
        return Person.as(on.getIdentityService(), user, groups, () -> (long) on.getFilterService().listPage(filter, 0, 15).size());
    }

    private void copyToBare() {
        if (bare != null) {
            copies.add(bare.refresh());
        }
    }

    private void get(String what, String user, String path, boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest built = request.build();
        long[] size = {0};
        time(what, user, -1, () -> {
            try {
                HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                size[0] = response.body().length;
                return size[0];
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, null);
        Reading last = readings.remove(readings.size() - 1);
        readings.add(new Reading(last.what() + " (" + size[0] + " bytes)", last.user(), last.rows(), last.p50(), last.p95(),
                Double.NaN, Double.NaN));
    }

    /**
     * Times {@code call} and, if given, {@code bareCall} in turn, one call of each per round, so that both sides meet the
     * same moments of the machine's load; both must answer the same (the rows a list counts, the rows a trail reads).
     */
    private void time(String what, String user, long rows, LongSupplier call, LongSupplier bareCall) {
        for (int i = 0; i < WARMUP; i++) {
            long answer = call.getAsLong();
            if (bareCall != null && bareCall.getAsLong() != answer) {
                throw new IllegalStateException(what + " as " + user + ": the bare engine answers " + bareCall.getAsLong()
                        + ", the application " + answer + ": the copy is not the application's rows");
            }
        }
        double[] millis = new double[CALLS];
        double[] bareMillis = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (bareCall != null) {
                start = System.nanoTime();
                bareCall.getAsLong();
                bareMillis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        readings.add(new Reading(what, user, rows, percentile(millis, 50), percentile(millis, 95),
                bareCall == null ? Double.NaN : percentile(bareMillis, 50), bareCall == null ? Double.NaN : percentile(bareMillis, 95)));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return p == 50 ? sorted[CALLS / 2] : sorted[(int) Math.ceil(CALLS * p / 100.0) - 1];
    }
}
