package org.caq.benchmark.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkApplication;
import org.caq.benchmark.TestCalendarYears;
import org.caq.benchmark.TestPostgres;
import org.caq.benchmark.TestSettings;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.retention.CampaignRetention;
import org.caq.benchmark.retention.RecordRetention;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole selection year through the real application (engine, delegates, domain tables, webapps, public API),
 * on a fresh database of the chosen kind, then the bare baseline in the same engine and database. Prints the
 * per-stage figures, the overhead ratio and the end-state check; exits 1 if the check fails.
 *
 * <p>{@code mvn -B -Psimulate test-compile exec:exec -Dsimulation.applications=250 -Dsimulation.database=h2}
 * (see docs/performance.md). N applications are spread over the 49 recommending units; above 250 (a national
 * year) they form several national years of at most 250 each, one after another on the same database. With
 * {@code -Dsimulation.campaigns=C} and/or {@code -Dsimulation.years=Y}: Y years, each of the national campaign (N
 * applications) and C − 1 provincial ones ({@code simulation.province-applications} each), side by side; the busiest
 * users' reads timed at the peaks of year 1 and year Y; {@code -Dsimulation.retention=true} then times the
 * history cleanup and the records' retention.
 */
public final class Simulation {

    private static final int CAMPAIGN_SIZE = 250;
    private static final int EXPERTS_PER_APPLICATION = 5;
    /** Numbers the warm-up year's enterprises apart from the measured years'. */
    private static final int WARMUP_INDEX = 99;

    public static void main(String[] args) throws IOException {
        int applications = Integer.getInteger("simulation.applications", 250);
        long seed = Long.getLong("simulation.seed", 2026L);
        int experts = SimulationData.experts(Integer.getInteger("simulation.experts", 62));
        int nodeCount = Integer.getInteger("simulation.nodes", 1);
        String database = nodeCount > 1 ? "postgres" : System.getProperty("simulation.database", "h2");
        System.setProperty(TestSettings.PROPERTY, database);
        if (System.getProperty(TestPostgres.SETTINGS_PROPERTY) == null) {
            System.setProperty(TestPostgres.SETTINGS_PROPERTY, PostgresStatements.SERVER_SETTINGS);
        }

        int campaigns = Integer.getInteger("simulation.campaigns", 1);
        if (campaigns < 1 || campaigns > 32) {
            throw new IllegalArgumentException("simulation.campaigns: the national campaign and up to 31 provincial ones (1..32)");
        }
        // the provinces' directories and level rules, as an administrator adds them: the installation's folder
        Path provinceFiles = SimulationData.provinceDirectories(campaigns, Files.createTempDirectory("benchmark-provinces-"));
        List<String> arguments = new ArrayList<>(arguments(experts, nodeCount > 1));
        if (provinceFiles != null) {
            arguments.add(directoryFolder(provinceFiles));
        }

        long bootStart = System.nanoTime();
        // as command-line arguments: they win over application.yml (the demo's file database)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                .run(arguments.toArray(String[]::new));
        long bootMillis = (System.nanoTime() - bootStart) / 1_000_000;
        int status;
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        try (Nodes nodes = nodeCount > 1 ? clusterOf(engine, arguments, experts, applications, campaigns) : Nodes.single(engine)) {
            status = run(context, nodes, applications, campaigns, seed, experts, database, bootMillis);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    /**
     * The application's settings for a run on a fresh database of the chosen kind (system property
     * {@code benchmark.test.database}), as command-line arguments: they win over application.yml (the demo's file
     * database). With the job executor on for a cluster: Camunda's cluster model, every node runs one.
     */
    static List<String> arguments(int experts, boolean jobExecutor) throws IOException {
        Path work = Files.createTempDirectory("benchmark-simulation-");
        Map<String, Object> settings = new HashMap<>(TestSettings.properties("simulation"));
        settings.put("server.port", "0");
        settings.put("spring.profiles.active", "demo");
        settings.put("benchmark.demo.campaign", "false");
        settings.put("camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor));
        settings.put("benchmark.experts.file", "file:" + SimulationData.expertPool(experts, work));
        settings.put("benchmark.documents.directory", work.resolve("documents").toString());
        // every simulated objection comes from this machine's address, a whole year's of them within minutes
        settings.put("benchmark.objections.per-address-per-hour", "1000000");
        settings.put("benchmark.objections.per-hour", "1000000");
        settings.put("logging.level.root", "WARN");
        if (jobExecutor) {
            settings.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
            settings.put("camunda.bpm.job-execution.max-wait", "1000");
        }
        return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** The argument naming an installation's folder of further directories (benchmark.directory.folder). */
    static String directoryFolder(Path folder) {
        return "--benchmark.directory.folder=" + folder;
    }

    /** The people's logins (the second node authenticates REST calls), then the second node itself. */
    private static Nodes clusterOf(ProcessEngine engine, List<String> arguments, int experts, int applications, int campaigns)
            throws IOException {
        if (applications > CAMPAIGN_SIZE) {
            throw new IllegalArgumentException("the cluster run simulates one national year (at most " + CAMPAIGN_SIZE + " applications)");
        }
        SimulationData.createLogins(engine.getIdentityService(), experts, applications, Nodes.PASSWORD);
        SimulationData.createProvinceLogins(engine.getIdentityService(), campaigns, Nodes.PASSWORD);
        return Nodes.cluster(engine, arguments);
    }

    private static SimulatedCampaign driver(ConfigurableApplicationContext context, Nodes nodes, Stages stages, Random random, int experts) {
        return driver(context, nodes, stages, random, experts, "national");
    }

    private static SimulatedCampaign driver(ConfigurableApplicationContext context, Nodes nodes, Stages stages, Random random, int experts,
            String directory) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new SimulatedCampaign(engine, context.getBean(DocumentStore.class), stages, random, new Objector(port),
                context.getBean(Applications.class), context.getBean(HolidayArrangements.class),
                context.getBean(JdbcClient.class), nodes,
                experts, context.getBean(LevelRules.class).of(directory));
    }

    private static int run(ConfigurableApplicationContext context, Nodes nodes, int applications, int campaigns, long seed, int experts,
            String database, long bootMillis) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Random random = new Random(seed);
        Stages stages = new Stages(engine.getHistoryService());
        // without simulation.years: N applications form national years of at most 250 (the single-campaign benchmark);
        // with it: each year has a national campaign of N applications and C − 1 provincial ones of P each
        int yearsOption = Integer.getInteger("simulation.years", 0);
        boolean byYears = yearsOption > 0;
        int years = byYears ? yearsOption : (applications + CAMPAIGN_SIZE - 1) / CAMPAIGN_SIZE;
        int provincialOption = Integer.getInteger("simulation.province-applications", 0);
        int provincial = provincialOption > 0 ? provincialOption : Math.min(applications, CAMPAIGN_SIZE);
        List<String> directories = new ArrayList<>(List.of("national"));
        directories.addAll(SimulationData.provinces(campaigns));
        List<SimulatedCampaign> nationalDrivers = new ArrayList<>();
        List<PeakProbe> peaks = new ArrayList<>();
        // a cluster runs its timers by their due dates: next year's campaign, whose dates are all ahead
        int thisYear = LocalDate.now(BeijingTime.ZONE).getYear() + (nodes.clustered() ? 1 : 0);
        int firstYear = thisYear - years + 1;
        // publicity starts today: a year without its published arrangement gets one shaped like a notice
        new TestCalendarYears(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:"
                + context.getEnvironment().getProperty("local.server.port")))).ensureCovered(context.getBean(HolidayArrangements.class),
                BeijingTime.today().getYear(), BeijingTime.today().getYear() + 1);
        List<SimulatedCampaign.Outcome> outcomes = new ArrayList<>();
        // the same warm-up for both sides: a small year of the procedure before it is measured, a few bare
        // instances before the baseline is; a cluster's timers would fire at the earlier year's past dates
        int warmup = nodes.clustered() ? 0 : Integer.getInteger("simulation.warmup", 50);
        Stages warmupStages = new Stages(engine.getHistoryService());
        if (warmup > 0) {
            outcomes.add(driver(context, nodes, warmupStages, random, experts)
                    .run(firstYear - 1, SimulationData.enterprises(WARMUP_INDEX, warmup, random), false));
        }
        PostgresStatements statements = "postgres".equals(database) ? new PostgresStatements(jdbc) : null;
        if (statements != null && warmup > 0) {
            statements.awaitFirstMaintenance();
        }
        int totalApplications = 0;
        // the bare engine beside the application's, given its rows at each peak (simulation.bare=false: none)
        BareEngine bare = null;
        for (int i = 0; i < years; i++) {
            int nationalSize = byYears ? applications : Math.min(CAMPAIGN_SIZE, applications - i * CAMPAIGN_SIZE);
            if (statements != null) {
                statements.reset();
            }
            List<SimulatedCampaign> drivers = new ArrayList<>();
            List<List<SimulationData.Enterprise>> enterprises = new ArrayList<>();
            for (int c = 0; c < directories.size(); c++) {
                String directory = directories.get(c);
                drivers.add(driver(context, nodes, stages, random, experts, directory));
                int size = c == 0 ? nationalSize : provincial;
                enterprises.add(campaigns == 1 && !byYears ? SimulationData.enterprises(i, size, random)
                        : SimulationData.enterprises(directory, 1 + i * 32 + c, size, random));
                totalApplications += size;
            }
            if (nodes.clustered() && (campaigns > 1 || byYears)) {
                // the second node authenticates the enterprises of the year by their logins
                enterprises.forEach(of -> SimulationData.createEnterpriseLogins(engine.getIdentityService(), of, Nodes.PASSWORD));
            }
            nationalDrivers.add(drivers.get(0));
            if (i == 0 || i == years - 1) {
                // not beside a cluster: its job executors could change the rows between the copy and the reads
                if (bare == null && !nodes.clustered() && !"false".equals(System.getProperty("simulation.bare"))) {
                    bare = BareEngine.beside(context.getBean(DataSource.class), database);
                }
                PeakProbe peak = new PeakProbe(engine, ((WebServerApplicationContext) context).getWebServer().getPort(), bare);
                drivers.get(0).probePeaks(peak, directories.size() > 1 ? "office-" + directories.get(1) : null);
                peaks.add(peak);
            }
            outcomes.addAll(runYear(firstYear + i, drivers, enterprises, i == years - 1, stages));
            if (statements != null) {
                statements.report("year " + (i + 1));
            }
        }
        EndState end = new EndState(engine, jdbc).check(outcomes, EXPERTS_PER_APPLICATION);
        if (nodes.clustered()) {
            end.checkCluster();
        }
        if (statements != null) {
            statements.sequentialScans();
        }
        // simulation.baseline=false: none (ten full-size years would spend over an hour on it; year 1 gives the ratio)
        boolean withBaseline = !"false".equals(System.getProperty("simulation.baseline"));
        BareBaseline baseline = withBaseline ? new BareBaseline(engine) : null;
        long baselineWarmupMillis = withBaseline && warmup > 0
                ? baseline.run(warmupStages.instancesStarted(), warmupStages.tasksCompleted()) : 0;
        long baselineMillis = withBaseline ? baseline.run(stages.instancesStarted(), stages.tasksCompleted()) : 0;
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "%nWARM-UP (not counted below): a national year of %d applications in %.1f s (%d instances, %d tasks); "
                    + "the same on the bare process in %.1f s%n", warmup, warmupStages.millis() / 1000.0, warmupStages.instancesStarted(),
                    warmupStages.tasksCompleted(), baselineWarmupMillis / 1000.0);
        }
        report(stages, end, outcomes, totalApplications, experts, database, bootMillis, baselineMillis);
        for (String filter : List.of("待形式审查", "我的评审任务")) {
            nationalDrivers.stream().flatMap(d -> d.tasklist().readings().stream()).filter(r -> r.filter().equals(filter))
                    .max(java.util.Comparator.comparingDouble(TasklistProbe.Reading::pageMillis))
                    .ifPresent(r -> System.out.printf(Locale.ROOT, "TASKLIST: %s of %s (%d open tasks, %s): count %.1f ms, first page %.1f ms%n",
                            r.filter(), r.user(), r.tasks(), r.campaign(), r.countMillis(), r.pageMillis()));
        }
        if (nodes.clustered()) {
            System.out.printf(Locale.ROOT, "CLUSTER: %d completions through node 2; %d jobs ran on the job executors, over %d campaigns "
                    + "(a job run twice or a timer fired twice is listed under END STATE)%n", nodes.remoteCompletions(), end.timersFired(),
                    directories.size());
        }
        reportPeaks(peaks, years);
        if (bare != null) {
            reportBare(peaks, years, database);
            bare.close();
        }
        if (Boolean.getBoolean("simulation.retention")) {
            RetentionMeasurement.run(engine, jdbc, context.getBean(RecordRetention.class), context.getBean(CampaignRetention.class),
                    ((WebServerApplicationContext) context).getWebServer().getPort(), years);
        }
        return end.problems().isEmpty() ? 0 : 1;
    }

    /** The busiest users' reads at the peaks of year 1 and of the last year, side by side (ms). */
    private static void reportPeaks(List<PeakProbe> peaks, int years) {
        if (peaks.isEmpty()) {
            return;
        }
        List<PeakProbe.Reading> first = peaks.get(0).readings();
        List<PeakProbe.Reading> last = peaks.get(peaks.size() - 1).readings();
        System.out.printf(Locale.ROOT, "%nPEAKS: year 1 and year %d, p50 / p95 of %d calls (ms); rows: the list's count%n", years, PeakProbe.CALLS);
        System.out.println("| read | as | rows (1) | p50 (1) | p95 (1) | rows (" + years + ") | p50 (" + years + ") | p95 (" + years
                + ") | growth of p95 |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int i = 0; i < first.size(); i++) {
            PeakProbe.Reading a = first.get(i);
            PeakProbe.Reading b = i < last.size() ? last.get(i) : a;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %s | %.1f | %.1f | %.2f× |%n", a.what(), a.user(),
                    a.rows() < 0 ? "–" : String.valueOf(a.rows()), a.p50(), a.p95(), b.rows() < 0 ? "–" : String.valueOf(b.rows()),
                    b.p50(), b.p95(), b.p95() / a.p95());
        }
    }

    /**
     * Each peak's engine reads against the bare engine holding the same rows, asked in turn in the same run (ms); the
     * project's own pages alone.
     */
    private static void reportBare(List<PeakProbe> peaks, int years, String database) {
        for (int p = 0; p < peaks.size(); p++) {
            PeakProbe peak = peaks.get(p);
            int year = p == 0 ? 1 : years;
            System.out.printf(Locale.ROOT, "%nBARE: year %d, side by side with a bare Camunda 7.24 engine on %s holding the same engine rows "
                    + "(copied at each peak: %s), p50 / p95 of %d calls each, in turn (ms)%n", year, database,
                    String.join("; ", peak.copies().stream().map(c -> String.format(Locale.ROOT, "%,d rows of %d tables in %.1f s", c.rows(),
                            c.tables(), c.millis() / 1000.0)).toList()), PeakProbe.CALLS);
            System.out.println("| read | as | rows | app p50 | app p95 | bare p50 | bare p95 | app / bare (p50) | app / bare (p95) |");
            System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (PeakProbe.Reading r : peak.readings()) {
                String rows = r.rows() < 0 ? "–" : String.valueOf(r.rows());
                if (r.bare()) {
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× |%n", r.what(), r.user(), rows,
                            r.p50(), r.p95(), r.bareP50(), r.bareP95(), r.p50() / r.bareP50(), r.p95() / r.bareP95());
                } else {
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | – | – | project page: no bare counterpart | |%n", r.what(),
                            r.user(), rows, r.p50(), r.p95());
                }
            }
        }
    }

    /**
     * A year's campaigns side by side: each stage of every campaign before the next stage of any, so that all of
     * them have their applications, reviews and lists open at once, as in a real year. One measured stage per step,
     * over all campaigns.
     */
    private static List<SimulatedCampaign.Outcome> runYear(int year, List<SimulatedCampaign> drivers,
            List<List<SimulationData.Enterprise>> enterprises, boolean revokeOne, Stages stages) {
        List<List<SimulatedCampaign.Step>> plans = new ArrayList<>();
        for (int c = 0; c < drivers.size(); c++) {
            plans.add(drivers.get(c).steps(year, enterprises.get(c), revokeOne));
        }
        String label = drivers.size() == 1 ? "[" + year + "-national] " : "[" + year + ", " + drivers.size() + " campaigns] ";
        // the national campaign's steps are a superset of a province's
        for (SimulatedCampaign.Step national : plans.get(0)) {
            List<Runnable> all = plans.stream().flatMap(List::stream).filter(s -> s.name().equals(national.name()))
                    .map(SimulatedCampaign.Step::work).toList();
            if (national.measured()) {
                stages.run(label + national.name(), () -> all.forEach(Runnable::run));
            } else {
                all.forEach(Runnable::run);
            }
        }
        return drivers.stream().map(SimulatedCampaign::outcome).toList();
    }

    private static void report(Stages stages, EndState end, List<SimulatedCampaign.Outcome> outcomes, int applications, int experts,
            String database, long bootMillis, long baselineMillis) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Simulation of %d applications, %d experts, on %s (%s, %d cores, max heap %d MiB) at %s%n",
                applications, experts, database, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, LocalDateTime.now());
        System.out.printf(Locale.ROOT, "application start-up: %.1f s%n", bootMillis / 1000.0);
        System.out.printf(Locale.ROOT, "%-40s %9s %10s %8s %10s%n", "stage", "ms", "instances", "tasks", "tasks/s");
        for (Stages.Stage s : stages.all()) {
            System.out.printf(Locale.ROOT, "%-40s %9d %10d %8d %10.1f%n", s.name(), s.millis(), s.instancesStarted(), s.tasksCompleted(),
                    s.millis() == 0 ? 0.0 : s.tasksCompleted() * 1000.0 / s.millis());
        }
        double seconds = stages.millis() / 1000.0;
        System.out.printf(Locale.ROOT, "TOTAL %.1f s: %d process instances (%.1f cases/s), %d user tasks (%.1f tasks/s)%n", seconds,
                stages.instancesStarted(), stages.instancesStarted() / seconds, stages.tasksCompleted(), stages.tasksCompleted() / seconds);
        if (baselineMillis > 0) {
            System.out.printf(Locale.ROOT, "BASELINE %.1f s for the same starts and completions on a bare process: overhead %.2fx%n",
                    baselineMillis / 1000.0, stages.millis() / (double) baselineMillis);
        } else {
            System.out.println("BASELINE: not run (simulation.baseline=false)");
        }
        System.out.println("outcomes: " + end.outcomes());
        outcomes.forEach(o -> System.out.printf("%s: %d applications, %d objections (%d upheld), revocation: %s%n",
                o.campaign(), o.applications(), o.objections(), o.upheld(), o.revoked()));
        if (end.problems().isEmpty()) {
            System.out.println("END STATE: consistent (every case ended in exactly one outcome, quotas held, every score aggregated, "
                    + "nothing running, no job, no incident)");
        } else {
            System.out.println("END STATE: INCONSISTENT");
            end.problems().forEach(p -> System.out.println("  - " + p));
        }
        boolean baselineRun = baselineMillis > 0;
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %s | %d | %d |%n", database, applications, seconds,
                stages.tasksCompleted() / seconds, baselineRun ? String.format(Locale.ROOT, "%.1f", baselineMillis / 1000.0) : "–",
                baselineRun ? String.format(Locale.ROOT, "%.2f×", stages.millis() / (double) baselineMillis) : "–",
                stages.instancesStarted(), stages.tasksCompleted());
    }
}
