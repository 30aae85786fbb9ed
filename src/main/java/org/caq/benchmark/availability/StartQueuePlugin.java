package org.caq.benchmark.availability;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link StartQueue} before the engine's transaction interceptor, so a start waits for its turn before it
 * takes a connection: every way in (the REST API, Tasklist's, Java) meets the same queue.
 */
@Component
class StartQueuePlugin extends AbstractProcessEnginePlugin {

    private final StartQueue queue;

    StartQueuePlugin(StartQueue queue) {
        this.queue = queue;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        before.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                return isStart(command) ? queue.admit(() -> next.execute(command)) : next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(before);
    }

    private static boolean isStart(Command<?> command) {
        return command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd
                || command instanceof StartProcessInstanceAtActivitiesCmd;
    }
}
