package org.caq.benchmark.simulation.bare;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda webapp starter for the start-up comparison: Spring Boot with the Camunda engine, webapps and
 * REST API auto-configured on an empty H2, none of the project's beans, processes, forms or schema.
 */
@SpringBootApplication
public class BareCamundaApplication {
}
