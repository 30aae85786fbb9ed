package org.caq.benchmark.procedure;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} with one JSON mapper, configured exactly as Camunda configures it. Camunda's
 * {@link JacksonConfigurator} builds a new {@code ObjectMapper} each time one is asked for: for every request body
 * read, every response written and every REST sub-resource created, so Jackson introspects and builds the
 * (de)serializers of the REST DTOs afresh on every call (seen in the deadline rush's and RequestCost's profiles,
 * docs/performance.md). A configured mapper is safe to share between threads (Jackson copies the date format per
 * use) and keeps what it has built. The resource configuration is Camunda Spring Boot starter's own
 * ({@link CamundaJerseyResourceConfig}, which its auto-configuration leaves out when one exists), with this
 * resolver in place of Camunda's.
 */
@Configuration
class EngineRestJson {

    @Bean
    CamundaJerseyResourceConfig engineRestResources() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                registerClasses(withoutPerCallMapper(CamundaRestResources.getConfigurationClasses()));
                register(SharedMapper.class);
                register(JacksonFeature.class);
            }
        };
    }

    static Set<Class<?>> withoutPerCallMapper(Set<Class<?>> configuration) {
        return configuration.stream().filter(type -> type != JacksonConfigurator.class).collect(Collectors.toSet());
    }

    @Provider
    static class SharedMapper implements ContextResolver<ObjectMapper> {

        static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return MAPPER;
        }
    }
}
