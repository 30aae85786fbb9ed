package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.caq.benchmark.BenchmarkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /engine-rest} reads and writes JSON with one shared mapper, and answers exactly as with Camunda's own
 * per-call mapper: dates in Camunda's format, unknown fields of a request body ignored.
 */
@BenchmarkSpringTest
class EngineRestJsonIT {

    @Autowired TestRestTemplate rest;
    @Autowired CamundaJerseyResourceConfig engineRest;

    @Test
    void the_engine_rest_api_resolves_its_mapper_once_instead_of_per_call() {
        assertThat(engineRest.getClasses()).contains(EngineRestJson.SharedMapper.class).doesNotContain(JacksonConfigurator.class);
        assertThat(new EngineRestJson.SharedMapper().getContext(Object.class)).isSameAs(new EngineRestJson.SharedMapper().getContext(Map.class));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void dates_are_written_in_camundas_format_and_unknown_fields_are_ignored() {
        TestRestTemplate admin = rest.withBasicAuth("admin", "admin");
        ResponseEntity<List> deployments = admin.getForEntity("/engine-rest/deployment?maxResults=1", List.class);
        assertThat(deployments.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Map) deployments.getBody().get(0)).get("deploymentTime").toString())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}");

        ResponseEntity<String> query = admin.postForEntity("/engine-rest/task/count",
                Map.of("active", true, "noSuchField", "ignored"), String.class);
        // a default Jackson mapper refuses an unknown field (400); Camunda's configuration ignores it
        assertThat(query.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
