package org.caq.benchmark.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did what the procedure records: the logged-in person, or {@code system} for timers and the procedure itself. */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String of(DelegateExecution execution) {
        Authentication person = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return person == null || person.getUserId() == null ? SYSTEM : person.getUserId();
    }
}
