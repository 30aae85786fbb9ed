package org.caq.benchmark.simulation;

import java.lang.management.ManagementFactory;
import org.caq.benchmark.BenchmarkApplication;
import org.caq.benchmark.simulation.bare.BareCamundaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one application on a fresh in-memory H2, prints the JVM's time to ready, and exits. */
public final class StartupProbe {

    public static void main(String[] args) {
        boolean bare = "bare".equals(args[0]);
        String[] settings = bare
                ? new String[] {"--spring.config.name=bare-starter", "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bare", "--spring.flyway.enabled=false",
                    "--camunda.bpm.auto-deployment-enabled=false", "--camunda.bpm.admin-user.id=admin",
                    "--camunda.bpm.admin-user.password=admin", "--logging.level.root=WARN"}
                : new String[] {"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:app", "--spring.profiles.active=demo",
                    "--benchmark.demo.campaign=false", "--benchmark.documents.directory=target/startup-probe/documents",
                    "--benchmark.calendar.directory=target/startup-probe/calendar", "--logging.level.root=WARN"};
        ConfigurableApplicationContext context = SpringApplication.run(bare ? BareCamundaApplication.class : BenchmarkApplication.class, settings);
        long ready = ManagementFactory.getRuntimeMXBean().getUptime();
        context.close();
        System.out.println("STARTUP " + ready);
        System.exit(0);
    }
}
