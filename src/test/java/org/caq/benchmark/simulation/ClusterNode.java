package org.caq.benchmark.simulation;

import java.io.IOException;
import org.caq.benchmark.BenchmarkApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The second application node of a simulated cluster: the same application, in its own JVM, on the same
 * PostgreSQL and document directory, with its own job executor and web server. It serves until its standard input
 * closes (the simulation ends it). Arguments: the application's settings as {@code --key=value}.
 */
public final class ClusterNode {

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class).run(args);
        System.out.println("NODE READY " + ((WebServerApplicationContext) context).getWebServer().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the simulation closes our input
        }
        context.close();
        System.exit(0);
    }
}
