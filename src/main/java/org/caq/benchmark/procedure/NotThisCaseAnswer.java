package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A step that refuses another case's record may sit inside an expression or a listener, which the engine wraps in its
 * own exception: the REST API would answer that with a bare 500. The refusal reaches the caller as itself, a refused
 * authorization (403) with its message, however deep it was raised. The command is rolled back either way.
 */
@Component
class NotThisCaseAnswer extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new Unwrap());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Unwrap extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                    if (cause instanceof NotThisCase refusal) {
                        throw refusal;
                    }
                }
                throw e;
            }
        }
    }
}
