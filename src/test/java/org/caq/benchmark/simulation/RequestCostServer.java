package org.caq.benchmark.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.BenchmarkApplication;
import org.caq.benchmark.simulation.bare.BareCamundaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One side of {@link RequestCost}: the application (demo users) or the bare starter with authorization on and
 * Camunda's Basic filter, on a fresh in-memory H2 or the PostgreSQL database named by its second and third arguments
 * (URL, user); prints its port and serves until its standard input closes.
 */
public final class RequestCostServer {

    /**
     * The bare starter behind Camunda's Basic filter with authorization on, on a fresh in-memory H2 (see
     * {@link #datasource} for PostgreSQL): shared with {@link BareRush}.
     */
    static final List<String> BARE = List.of("--spring.config.name=bare-starter", "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:bare", "--spring.flyway.enabled=false", "--camunda.bpm.auto-deployment-enabled=false",
            "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=admin", "--camunda.bpm.authorization.enabled=true",
            "--bare.rest-authentication=true", "--logging.level.root=WARN");

    public static void main(String[] args) throws Exception {
        boolean bare = "bare".equals(args[0]);
        String[] settings = bare
                ? Stream.concat(BARE.stream(), Stream.of("--request-cost.ping=true")).toArray(String[]::new)
                : new String[] {"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:app", "--spring.profiles.active=demo",
                    "--benchmark.demo.campaign=false", "--benchmark.documents.directory=target/request-cost/documents",
                    "--benchmark.calendar.directory=target/request-cost/calendar", "--request-cost.ping=true", "--logging.level.root=WARN"};
        if (args.length == 3) {
            // a PostgreSQL database of its own: URL and user (no password: the tests' server trusts local connections)
            settings = datasource(settings, args[1], args[2]);
        }
        ConfigurableApplicationContext context = SpringApplication.run(bare ? BareCamundaApplication.class : BenchmarkApplication.class, settings);
        if (bare) {
            officeLikeTheApplication(context.getBean(ProcessEngine.class));
        }
        System.out.println("PORT " + context.getEnvironment().getProperty("local.server.port"));
        System.in.read();
        context.close();
        System.exit(0);
    }

    /** The settings on a PostgreSQL database instead: its URL and user (the tests' server trusts local connections). */
    static String[] datasource(String[] settings, String url, String user) {
        List<String> replaced = new ArrayList<>(Arrays.stream(settings)
                .filter(s -> !s.startsWith("--spring.datasource.url=")).toList());
        replaced.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password="));
        return replaced.toArray(String[]::new);
    }

    /** The demo's office user: same name and password, a group, READ on every task. */
    private static void officeLikeTheApplication(ProcessEngine engine) {
        User office = engine.getIdentityService().newUser("office");
        office.setPassword("demo");
        engine.getIdentityService().saveUser(office);
        Group group = engine.getIdentityService().newGroup("office");
        engine.getIdentityService().saveGroup(group);
        engine.getIdentityService().createMembership("office", "office");
        for (Resources resource : List.of(Resources.TASK, Resources.PROCESS_DEFINITION)) {
            Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId("office");
            grant.setResource(resource);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(Permissions.READ);
            engine.getAuthorizationService().saveAuthorization(grant);
        }
    }
}
