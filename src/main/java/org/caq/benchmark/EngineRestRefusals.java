package org.caq.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Makes Camunda's REST API answer a refused input ({@link InvalidInput}, thrown by a delegate) with 400 and its
 * Chinese message on every path. Camunda maps the exception per resource: {@code submit-form} and task completion
 * catch the form validation exception and answer 400, but {@code /process-definition/.../start} (and the other
 * resources) catch every engine exception and rethrow it as a {@link RestException} with 500, or leave it to the
 * engine-exception mapper, which answers 500 for anything but a few engine types. So the refusal is recognised where
 * it reaches JAX-RS, by looking through the exception's causes.
 *
 * <p>Jersey discovers this class in every JAX-RS application of the JVM ({@code META-INF/services}), which covers
 * {@code /engine-rest} and the webapps' {@code /camunda/api/engine}. The mappers are tried before Camunda's (higher
 * priority, same exception types) and only take an exception that carries an {@link InvalidInput}; any other goes on
 * to Camunda's own mapping unchanged.
 */
public final class EngineRestRefusals implements AutoDiscoverable {

    private static final int BEFORE_CAMUNDA = 1;

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(Wrapped.class)) {
            context.register(Wrapped.class, BEFORE_CAMUNDA);
            context.register(Engine.class, BEFORE_CAMUNDA);
            context.register(EngineRestDenials.class, BEFORE_CAMUNDA);
        }
    }

    /** The refusal a delegate raised, wherever in the causes of what reached JAX-RS. */
    static Optional<InvalidInput> refusalIn(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof InvalidInput refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    static Response badRequest(Throwable thrown) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", InvalidInput.class.getSimpleName());
        body.put("message", refusalIn(thrown).orElseThrow().getMessage());
        try {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ObjectMapper().writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Camunda's resources rethrow: an engine exception wrapped for the status they chose. */
    public static final class Wrapped implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException exception) {
            return refusalIn(exception).isPresent();
        }

        @Override
        public Response toResponse(RestException exception) {
            return badRequest(exception);
        }
    }

    /** What Camunda's resources let through: the engine exception itself. */
    public static final class Engine implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return refusalIn(exception).isPresent();
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return badRequest(exception);
        }
    }
}
