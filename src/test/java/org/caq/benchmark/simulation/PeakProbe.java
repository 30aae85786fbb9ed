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
 * {@value #CALLS} calls after {@value #WARMUP} warm-up calls each (p50, p95): every Tasklist filter's count and first
 * page of 15 for the user whose list is longest at that moment (units and applicants while the applications wait for
 * their units, the offices at the peak of form review, the busiest expert at the start of material review), and at
 * the year's end one case's audit trail and dossier (office, HTTP Basic) and the public registry and announcement.
 * Year 1 and year N of a run are compared side by side (docs/performance.md).
 */
final class PeakProbe {

    static final int CALLS = 20;
    static final int WARMUP = 3;

    record Reading(String what, String user, long rows, double p50, double p95) {
    }

    private final ProcessEngine engine;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Reading> readings = new ArrayList<>();

    PeakProbe(ProcessEngine engine, int port) {
        this.engine = engine;
        this.base = "http://localhost:" + port;
    }

    List<Reading> readings() {
        return readings;
    }

    /** While the applications wait for their units: the busiest unit's lists and an applicant's. */
    void units(String unit, String applicant) {
        filters("unit-" + unit, "sim-unit-" + unit, List.of("unit-" + unit), List.of("本单位待推荐", "我的待办"));
        filters("applicant", applicant, List.of("applicant"), List.of("我的待办"));
    }

    /** At the peak of form review: the national office's lists and a provincial office's. */
    void offices(String provinceOffice) {
        filters("office", "office", List.of("office"), List.of("待形式审查", "我的待办", "逾期任务"));
        if (provinceOffice != null) {
            filters(provinceOffice, "sim-" + provinceOffice, List.of(provinceOffice), List.of("待形式审查", "我的待办"));
        }
    }

    /** At the start of material review: the lists of the expert with the most open tasks of the review process. */
    void busiestExpert() {
        Map<String, Long> perExpert = engine.getTaskService().createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .list().stream().filter(task -> task.getAssignee() != null)
                .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
        perExpert.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(busiest ->
                filters("expert", busiest.getKey(), List.of("committee"), List.of("我的评审任务", "我的待办")));
    }

    /** At the year's end: one case's trail and dossier as the office, and the public pages. */
    void reads(String caseKey, String campaign) {
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
            long rows = Person.as(engine.getIdentityService(), user, groups, () -> engine.getFilterService().count(filter.getId()));
            time(name + " count", role, rows, () -> Person.as(engine.getIdentityService(), user, groups,
                    () -> engine.getFilterService().count(filter.getId())));
            time(name + " first page", role, rows, () -> Person.as(engine.getIdentityService(), user, groups,
                    () -> (long) engine.getFilterService().listPage(filter.getId(), 0, 15).size()));
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
        });
        Reading last = readings.remove(readings.size() - 1);
        readings.add(new Reading(last.what() + " (" + size[0] + " bytes)", last.user(), last.rows(), last.p50(), last.p95()));
    }

    private void time(String what, String user, long rows, LongSupplier call) {
        for (int i = 0; i < WARMUP; i++) {
            call.getAsLong();
        }
        double[] millis = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        readings.add(new Reading(what, user, rows, millis[CALLS / 2], millis[(int) Math.ceil(CALLS * 0.95) - 1]));
    }
}
