package org.caq.benchmark.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The deadline rush: N enterprises press 提交申报 at the same instant, each as itself over {@code /engine-rest}
 * (HTTP Basic, the start form's variables, as Tasklist sends them, each from its own address), spread over C open campaigns (the national one
 * and C − 1 provincial ones with generated directories). Prints each submission's time (p50, p95, max) and checks
 * that every campaign's numbers run 1..n without a gap or a duplicate; exits 1 if not, or if a submission failed. A
 * submission turned away as busy (503 with Retry-After) is sent again after the time it names, as its applicant would;
 * its time runs from the first press to the last answer.
 *
 * <p>{@code mvn -B -Psimulate test-compile exec:exec -Dsimulation.main=org.caq.benchmark.simulation.DeadlineRush
 * -Dsimulation.database=postgres -Dsimulation.applications=200 -Dsimulation.campaigns=1} (docs/performance.md).
 * Before the rush, {@code simulation.warmup} submissions one after another (not timed) warm the JVM up.
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
        if (System.getProperty(TestPostgres.SETTINGS_PROPERTY) == null) {
            System.setProperty(TestPostgres.SETTINGS_PROPERTY, PostgresStatements.SERVER_SETTINGS);
        }
        // the provinces' directories and level rules, as an administrator adds them: the installation's folder
        List<String> arguments = new ArrayList<>(Simulation.arguments(SimulationData.experts(62), false));
        arguments.add(Simulation.directoryFolder(provinceFiles(campaigns)));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                .run(arguments.toArray(String[]::new));
        int status;
        try {
            status = new DeadlineRush(context).run(applications, campaigns, warmup, probe, database);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private record Enterprise(String user, String unit, String name, String creditCode) {
    }

    /** An enterprise's submission: its wait from the first press to the last answer, and how often it was turned away. */
    private record Submission(long millis, int status, String body, int turnedAway) {
    }

    private record Answer(int status, String body, int retryAfter) {
    }

    /** As an applicant does when told 系统繁忙…请在 N 秒后重试: presses 提交申报 again after N seconds, a few times. */
    private static final int ATTEMPTS = 10;

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final int port;
    private final ObjectMapper json = new ObjectMapper();

    private DeadlineRush(ConfigurableApplicationContext context) {
        this.engine = context.getBean(ProcessEngine.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private int run(int applications, int campaignCount, int warmup, int probe, String database) throws Exception {
        int year = BeijingTime.today().getYear();
        List<String> campaigns = openCampaigns(year, campaignCount);
        List<Enterprise> warm = enterprises(campaigns, 90_000, warmup);
        List<Enterprise> single = enterprises(campaigns, 80_000, probe);
        List<Enterprise> rush = enterprises(campaigns, 0, applications);
        for (int i = 0; i < warm.size(); i++) {
            submit(warm.get(i), i, null);
        }
        Optional<PostgresStatements> statements = "postgres".equals(database)
                ? Optional.of(new PostgresStatements(jdbc)) : Optional.empty();
        if (!single.isEmpty()) {
            // one start at a time, as one applicant alone sees it: its time, statements and (with simulation.jfr) profile
            statements.ifPresent(PostgresStatements::reset);
            Optional<Recording> recording = record("one-at-a-time");
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < single.size(); i++) {
                Submission s = submit(single.get(i), warmup + i, null);
                if (s.status() != 200) {
                    System.out.println("PROBE FAILED " + s.status() + ": " + s.body());
                }
                times.add(s.millis());
            }
            recording.ifPresent(DeadlineRush::stop);
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "ONE AT A TIME: %d submissions, median %d ms, min %d ms, max %d ms%n",
                    sorted.size(), percentile(sorted, 50), sorted.get(0), sorted.get(sorted.size() - 1));
            statements.ifPresent(st -> st.perUnit("per submission, one at a time", single.size()));
        }
        statements.ifPresent(PostgresStatements::reset);
        Optional<Recording> rushRecording = record("rush");
        ExecutorService people = Executors.newFixedThreadPool(applications);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Submission>> pending = new ArrayList<>();
        for (int i = 0; i < rush.size(); i++) {
            Enterprise e = rush.get(i);
            int serial = i;
            pending.add(people.submit(() -> submit(e, serial, gate)));
        }
        long start = System.nanoTime();
        gate.countDown();
        List<Submission> done = new ArrayList<>();
        for (Future<Submission> f : pending) {
            done.add(f.get());
        }
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        people.shutdown();
        rushRecording.ifPresent(DeadlineRush::stop);
        statements.ifPresent(st -> {
            st.report("rush");
            st.perUnit("per submission in the rush", applications);
        });
        return report(done, wallMillis, campaigns, warmup + probe + applications, database);
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

    /**
     * 提交申报 as the enterprise: the start form's variables, as Tasklist posts them, from the enterprise's own
     * address (127.0.x.y: 200 enterprises do not share one, and the login limits count per address).
     */
    private Submission submit(Enterprise e, int serial, CountDownLatch gate) throws Exception {
        byte[] body = json.writeValueAsBytes(Map.of("variables", form(e)));
        String head = "POST /engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/submit-form HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString((e.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        InetAddress from = InetAddress.getByAddress(new byte[] {127, 0, (byte) (1 + serial / 250), (byte) (1 + serial % 250)});
        if (gate != null) {
            gate.await();
        }
        long start = System.nanoTime();
        Answer answer = send(from, head, body);
        int turnedAway = 0;
        while (answer.status() == 503 && answer.retryAfter() > 0 && turnedAway < ATTEMPTS - 1) {
            turnedAway++;
            Thread.sleep(answer.retryAfter() * 1000L);
            answer = send(from, head, body);
        }
        return new Submission((System.nanoTime() - start) / 1_000_000, answer.status(), answer.body(), turnedAway);
    }

    private Answer send(InetAddress from, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            int at = headers.indexOf("\r\nretry-after: ");
            int retryAfter = at < 0 ? 0 : Integer.parseInt(headers.substring(at + 15, headers.indexOf("\r\n", at + 2)).trim());
            return new Answer(status, response.substring(response.indexOf("\r\n\r\n") + 4), retryAfter);
        }
    }

    private static Map<String, Object> form(Enterprise e) {
        Map<String, Object> form = SimulationData.applicationForm(e.unit(), e.name(), e.creditCode(), 2);
        Map<String, Object> variables = new HashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type",
                value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String")));
        return variables;
    }

    private int report(List<Submission> done, long wallMillis, List<String> campaigns, int expected, String database) {
        List<Long> times = done.stream().map(Submission::millis).sorted().toList();
        long failed = done.stream().filter(s -> s.status() != 200).count();
        done.stream().filter(s -> s.status() != 200).limit(3)
                .forEach(s -> System.out.println("FAILED " + s.status() + ": " + s.body()));
        List<String> problems = new ArrayList<>();
        if (failed > 0) {
            problems.add(failed + " submissions failed");
        }
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
        System.out.printf(Locale.ROOT, "%nDEADLINE RUSH on %s: %d simultaneous submissions over %d campaign(s) (%d cores, max heap %d MiB)%n",
                database, done.size(), campaigns.size(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "per submission: p50 %.2f s, p95 %.2f s, max %.2f s; all done in %.1f s (%.1f submissions/s)%n",
                percentile(times, 50) / 1000.0, percentile(times, 95) / 1000.0, times.get(times.size() - 1) / 1000.0,
                wallMillis / 1000.0, done.size() * 1000.0 / wallMillis);
        long turnedAway = done.stream().filter(s -> s.turnedAway() > 0).count();
        System.out.printf(Locale.ROOT, "turned away (503, busy) and sent again after Retry-After: %d submissions, %d times%n",
                turnedAway, done.stream().mapToInt(Submission::turnedAway).sum());
        System.out.println(problems.isEmpty() ? "NUMBERS: every campaign numbered 1..n, no gap, no duplicate (" + numbered + " applications)"
                : "NUMBERS: INCONSISTENT");
        problems.forEach(p -> System.out.println("  - " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
