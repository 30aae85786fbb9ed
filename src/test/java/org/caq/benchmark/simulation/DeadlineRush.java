package org.caq.benchmark.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.BenchmarkApplication;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestPostgres;
import org.caq.benchmark.TestSettings;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline rush: N enterprises press 提交申报 at the same instant ({@link Crowd}), each as itself over
 * {@code /engine-rest}, spread over C open campaigns (the national one and C − 1 provincial ones with generated
 * directories). Prints each rush's times (p50, p95, max) and checks that every campaign's numbers run 1..n without a
 * gap or a duplicate; exits 1 if not, or if a submission failed.
 *
 * <p>{@code mvn -B -Psimulate test-compile exec:exec -Dsimulation.main=org.caq.benchmark.simulation.DeadlineRush
 * -Dsimulation.database=postgres -Dsimulation.applications=200 -Dsimulation.campaigns=1} (docs/performance.md).
 * Before the rush, {@code simulation.warmup} submissions one after another (not timed) warm the JVM up;
 * {@code simulation.rushes} rushes of N follow one another, each with enterprises of its own.
 */
public final class DeadlineRush {

    private static final String PASSWORD = "rush";
    private static final int UNITS_PER_PROVINCE = 4;

    public static void main(String[] args) throws Exception {
        int applications = Integer.getInteger("simulation.applications", 200);
        int campaigns = Integer.getInteger("simulation.campaigns", 1);
        int warmup = Integer.getInteger("simulation.warmup", 50);
        int probe = Integer.getInteger("simulation.probe", 20);
        String database = System.getProperty("simulation.database", "h2");
        System.setProperty(TestSettings.PROPERTY, database);
        int rushes = Integer.getInteger("simulation.rushes", 1);
        if ((long) rushes * applications > 80_000) {
            // the rushes' enterprises are numbered from 0, the probe's from 80,000 and the warm-up's from 90,000
            throw new IllegalArgumentException("simulation.rushes × simulation.applications may be at most 80,000");
        }
        if (System.getProperty(TestPostgres.SETTINGS_PROPERTY) == null) {
            System.setProperty(TestPostgres.SETTINGS_PROPERTY, PostgresStatements.RUSH_SETTINGS);
        }
        // the provinces' directories and level rules, as an administrator adds them: the installation's folder
        List<String> arguments = new ArrayList<>(Simulation.arguments(SimulationData.experts(62), false));
        arguments.add(Simulation.directoryFolder(provinceFiles(campaigns)));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                .run(arguments.toArray(String[]::new));
        int status;
        try {
            status = new DeadlineRush(context).run(applications, rushes, campaigns, warmup, probe, database);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private record Enterprise(String user, String unit, String name, String creditCode) {
    }

    private static final String PATH = "/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/submit-form";

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final int port;

    private DeadlineRush(ConfigurableApplicationContext context) {
        this.engine = context.getBean(ProcessEngine.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private int run(int applications, int rushes, int campaignCount, int warmup, int probe, String database) throws Exception {
        int year = BeijingTime.today().getYear();
        List<String> campaigns = openCampaigns(year, campaignCount);
        List<Enterprise> warm = enterprises(campaigns, 90_000, warmup);
        List<Enterprise> single = enterprises(campaigns, 80_000, probe);
        for (int i = 0; i < warm.size(); i++) {
            submit(warm.get(i), i);
        }
        Optional<PostgresStatements> statements = "postgres".equals(database)
                ? Optional.of(new PostgresStatements(jdbc)) : Optional.empty();
        if (!single.isEmpty()) {
            // one start at a time, as one applicant alone sees it: its time, statements and (with simulation.jfr) profile
            statements.ifPresent(PostgresStatements::reset);
            Optional<Recording> recording = record("one-at-a-time");
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < single.size(); i++) {
                Crowd.Press s = submit(single.get(i), warmup + i);
                if (s.status() != 200) {
                    System.out.println("PROBE FAILED " + s.status() + ": " + s.body());
                }
                times.add(s.millis());
            }
            recording.ifPresent(DeadlineRush::stop);
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "ONE AT A TIME: %d submissions, median %d ms, min %d ms, max %d ms%n",
                    sorted.size(), Crowd.percentile(sorted, 50), sorted.get(0), sorted.get(sorted.size() - 1));
            statements.ifPresent(st -> st.perUnit("per submission, one at a time", single.size()));
        }
        List<Crowd.Rush> results = new ArrayList<>();
        for (int r = 0; r < rushes; r++) {
            results.add(rush(r + 1, enterprises(campaigns, r * applications, applications), statements));
        }
        return report(results, campaigns, warmup + probe + applications * rushes, database);
    }

    /** N enterprises press 提交申报 at the same instant. */
    private Crowd.Rush rush(int index, List<Enterprise> enterprises, Optional<PostgresStatements> statements) throws Exception {
        statements.ifPresent(PostgresStatements::reset);
        Optional<Recording> recording = record("rush-" + index);
        Crowd.Rush rush = Crowd.rush(port, PATH, enterprises.stream().map(DeadlineRush::person).toList());
        recording.ifPresent(DeadlineRush::stop);
        statements.ifPresent(st -> {
            st.report("rush");
            st.perUnit("per submission in the rush", enterprises.size());
        });
        return rush;
    }

    /**
     * With {@code -Dsimulation.jfr=DIR}: a Java Flight Recorder recording of the phase (the JDK's "profile" settings,
     * execution samples every 10 ms), written to DIR/rush-PHASE.jfr; read it with {@code jfr print} or {@code jfr summary}.
     */
    private static Optional<Recording> record(String phase) throws IOException, ParseException {
        String dir = System.getProperty("simulation.jfr");
        if (dir == null) {
            return Optional.empty();
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.setDestination(Path.of(dir, "rush-" + phase + ".jfr"));
        recording.start();
        return Optional.of(recording);
    }

    private static void stop(Recording recording) {
        recording.stop();
        recording.close();
        System.out.println("JFR: written " + recording.getDestination());
    }

    /** The national campaign and the first C − 1 provinces' own. */
    private List<String> openCampaigns(int year, int count) {
        TestCampaigns opener = new TestCampaigns(engine, jdbc);
        List<String> campaigns = new ArrayList<>(List.of(opener.openNational(year, null)));
        for (String province : provinces(count)) {
            campaigns.add(opener.openProvincial(year, province, null));
        }
        return campaigns;
    }

    /** The provinces of C campaigns: those with shipped level rules first (jiangsu, shandong), then the others. */
    private static List<String> provinces(int campaigns) {
        List<String> provinces = new ArrayList<>(List.of("jiangsu", "shandong"));
        SimulationData.UNITS.subList(0, 31).stream().filter(p -> !provinces.contains(p)).forEach(provinces::add);
        return provinces.subList(0, campaigns - 1);
    }

    /**
     * An installation's folder of directories ({@code benchmark.directory.folder}) with each province's generated
     * directory ({@code provinces/<p>.csv}: four city units, added to a shipped directory) and, for a province without
     * shipped rules, its row in {@code level-rules.csv}: read at start-up by the same loaders, checks and identity set-up
     * (offices, unit groups) as the shipped files.
     */
    private static Path provinceFiles(int campaigns) throws IOException {
        Path root = Files.createTempDirectory("deadline-rush-directory");
        Path provincesDir = Files.createDirectories(root.resolve("provinces"));
        List<String> rules = new ArrayList<>(List.of("directory,title_name,office_name,approver_group,approver_name,publicity,"
                + "revoker_group,revoker_name,revocation_basis,national_preference,nominations_per_unit"));
        for (String province : provinces(campaigns)) {
            List<String> units = new ArrayList<>(List.of("code,name,kind,default_quota"));
            for (int u = 1; u <= UNITS_PER_PROVINCE; u++) {
                units.add(province + "-rush" + u + "," + province + "模拟第" + u + "市工业和信息化局,CITY,2");
            }
            Files.write(provincesDir.resolve(province + ".csv"), units);
            if (!List.of("jiangsu", "shandong").contains(province)) {
                String office = "模拟" + province + "省工业和信息化厅";
                rules.add(String.join(",", province, "模拟" + province + "省质量标杆", office, "office-" + province, office,
                        "REQUIRED", "office-" + province, office, "根据模拟" + province + "省质量标杆遴选通知的基本条件", "", ""));
            }
        }
        Files.write(root.resolve("level-rules.csv"), rules);
        root.toFile().deleteOnExit();
        return root;
    }

    /** Enterprises spread round-robin over the campaigns, each with a login and bound to its account. */
    private List<Enterprise> enterprises(List<String> campaigns, int firstSerial, int count) {
        IdentityService identity = engine.getIdentityService();
        List<Enterprise> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int serial = firstSerial + i;
            String campaign = campaigns.get(i % campaigns.size());
            String province = campaign.substring(campaign.indexOf('-') + 1);
            String unit = "national".equals(province) ? SimulationData.UNITS.get(serial % 31)
                    : province + "-rush" + (1 + serial % UNITS_PER_PROVINCE);
            String region = SimulationData.PROVINCE_OF_UNIT.get("national".equals(province) ? unit : province);
            Enterprise e = new Enterprise(String.format("rush-e%06d", serial), unit, "冲刺" + serial + "号制造有限公司",
                    SimulationData.creditCode(region, serial));
            User user = identity.newUser(e.user());
            user.setFirstName(e.user());
            user.setLastName("模拟");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(e.user(), "applicant");
            jdbc.sql("insert into applicant_enterprise (user_id, credit_code, enterprise_name, bound_by, bound_at) values (?, ?, ?, ?, ?)")
                    .params(e.user(), e.creditCode(), e.name(), "simulation", Timestamp.from(Instant.now())).update();
            result.add(e);
        }
        return result;
    }

    /** 提交申报 as the enterprise, alone. */
    private Crowd.Press submit(Enterprise e, int serial) throws Exception {
        return Crowd.press(port, PATH, person(e), serial, null);
    }

    private static Crowd.Person person(Enterprise e) {
        return new Crowd.Person(e.user(), PASSWORD, SimulationData.applicationForm(e.unit(), e.name(), e.creditCode(), 2));
    }

    private int report(List<Crowd.Rush> rushes, List<String> campaigns, int expected, String database) {
        System.out.printf(Locale.ROOT, "%nDEADLINE RUSH on %s: %d × %d simultaneous submissions over %d campaign(s) (%d cores, max heap %d MiB)%n",
                database, rushes.size(), rushes.get(0).presses().size(), campaigns.size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<String> problems = new ArrayList<>(Crowd.report(rushes));
        int numbered = 0;
        for (String campaign : campaigns) {
            List<Integer> sequence = jdbc.sql("select number from application where campaign_number = ? order by number")
                    .param(campaign).query(String.class).list().stream()
                    .map(n -> Integer.parseInt(n.substring(campaign.length() + 1))).toList();
            numbered += sequence.size();
            for (int i = 0; i < sequence.size(); i++) {
                if (sequence.get(i) != i + 1) {
                    problems.add(campaign + ": number " + (i + 1) + " missing or duplicated (found " + sequence.get(i) + ")");
                    break;
                }
            }
        }
        if (numbered != expected) {
            problems.add(numbered + " applications numbered, " + expected + " submitted");
        }
        System.out.println(problems.isEmpty() ? "NUMBERS: every campaign numbered 1..n, no gap, no duplicate (" + numbered + " applications)"
                : "NUMBERS: INCONSISTENT");
        problems.forEach(p -> System.out.println("  - " + p));
        return problems.isEmpty() ? 0 : 1;
    }
}
