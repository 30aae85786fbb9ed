package org.caq.benchmark.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.caq.benchmark.TestPostgres;
import org.caq.benchmark.simulation.bare.BareCamundaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline rush on a bare Camunda starter: the floor of the fixed stack on this machine. The same crowd
 * ({@link Crowd}) presses {@code submit-form} with the same 27 form values as {@link DeadlineRush}, each as a user of
 * its own over HTTP Basic, authorization on, history "full", the tests' PostgreSQL (a database of its own), on a
 * process of one user task for a candidate group: none of the application's checks, numbering, notices, listeners or
 * queue. Prints the same figures as {@link DeadlineRush}, and each rush's statements per submission.
 *
 * <p>{@code mvn -B -Psimulate test-compile exec:exec -Dsimulation.main=org.caq.benchmark.simulation.BareRush
 * -Dsimulation.applications=200 -Dsimulation.warmup=1000 -Dsimulation.rushes=3} (docs/performance.md).
 */
public final class BareRush {

    private static final String KEY = "bare-application";
    private static final String PATH = "/engine-rest/process-definition/key/" + KEY + "/submit-form";
    private static final String PASSWORD = "rush";

    public static void main(String[] args) throws Exception {
        int applications = Integer.getInteger("simulation.applications", 200);
        int warmup = Integer.getInteger("simulation.warmup", 50);
        int rushes = Integer.getInteger("simulation.rushes", 1);
        System.setProperty(TestPostgres.SETTINGS_PROPERTY, PostgresStatements.RUSH_SETTINGS);
        TestPostgres server = TestPostgres.shared();
        String[] settings = Stream.concat(RequestCostServer.BARE.stream(), Stream.of("--camunda.bpm.history-level=full"))
                .toArray(String[]::new);
        ConfigurableApplicationContext context = SpringApplication.run(BareCamundaApplication.class,
                RequestCostServer.datasource(settings, server.createDatabase("bare_rush"), server.user()));
        int status;
        try {
            status = run(context, applications, warmup, rushes);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private static int run(ConfigurableApplicationContext context, int applications, int warmup, int rushes) throws Exception {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        deploy(engine);
        List<Crowd.Person> warm = people(engine, "warm", warmup);
        for (int i = 0; i < warm.size(); i++) {
            Crowd.Press press = Crowd.press(port, PATH, warm.get(i), i, null);
            if (press.status() != 200) {
                System.out.println("WARM-UP FAILED " + press.status() + ": " + press.body());
                return 1;
            }
        }
        PostgresStatements statements = new PostgresStatements(JdbcClient.create(context.getBean(DataSource.class)));
        List<Crowd.Rush> results = new ArrayList<>();
        for (int r = 0; r < rushes; r++) {
            List<Crowd.Person> people = people(engine, "rush" + r, applications);
            statements.reset();
            results.add(Crowd.rush(port, PATH, people));
            statements.report("bare rush");
            statements.perUnit("per submission in the bare rush", applications);
        }
        System.out.printf(Locale.ROOT, "%nBARE RUSH on postgres: %d × %d simultaneous submissions (%d cores, max heap %d MiB)%n",
                rushes, applications, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> problems = new ArrayList<>(Crowd.report(results));
        long started = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
        if (started != warmup + (long) applications * rushes) {
            problems.add(started + " instances started, " + (warmup + applications * rushes) + " submitted");
        }
        problems.forEach(p -> System.out.println("  - " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * One user task for a candidate group, as the application's first step waits for its recommending unit; the
     * applicants' group may start it.
     */
    private static void deploy(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).name("申报").camundaHistoryTimeToLive(3650)
                        .startEvent().userTask("UserTask_Recommend").name("推荐").camundaCandidateGroups("unit")
                        .endEvent().done()).deploy();
        engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("applicant"));
        AuthorizationService authorizations = engine.getAuthorizationService();
        grant(authorizations, Resources.PROCESS_DEFINITION, KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(authorizations, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    /** Applicants who may start the process, each with the form of an enterprise of its own. */
    private static List<Crowd.Person> people(ProcessEngine engine, String prefix, int count) {
        IdentityService identity = engine.getIdentityService();
        List<Crowd.Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "e" + i;
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, "applicant");
            Map<String, Object> form = SimulationData.applicationForm("unit", "冲刺" + prefix + i + "号制造有限公司",
                    SimulationData.creditCode("110000", i), 2);
            people.add(new Crowd.Person(id, PASSWORD, form));
        }
        return people;
    }

    private static void grant(AuthorizationService authorizations, Resources resource, String id, Permissions... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("applicant");
        grant.setResource(resource);
        grant.setResourceId(id);
        for (Permissions permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
