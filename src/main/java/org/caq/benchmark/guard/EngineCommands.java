package org.caq.benchmark.guard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Where the guards sit in the engine: behind the command context, so every command and nested command meets them. */
final class EngineCommands {

    private EngineCommands() {
    }

    /** Adds the interceptor to both of the engine's command executors (required and requires-new transactions). */
    static void intercept(ProcessEngineConfigurationImpl configuration, CommandInterceptor required, CommandInterceptor requiresNew) {
        List<CommandInterceptor> txRequired = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        txRequired.add(required);
        configuration.setCustomPostCommandInterceptorsTxRequired(txRequired);
        List<CommandInterceptor> txRequiresNew = configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequiresNew());
        txRequiresNew.add(requiresNew);
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(txRequiresNew);
    }

    /** The person the command runs for; nothing for the procedure itself (timers, demo data, SystemCalls, tests). */
    static Authentication person(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        return authentication == null || authentication.getUserId() == null ? null : authentication;
    }
}
