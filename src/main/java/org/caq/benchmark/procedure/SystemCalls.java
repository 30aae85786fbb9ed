package org.caq.benchmark.procedure;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine calls the procedure makes on its own account from inside a person's command: starting an expert's
 * review, telling other cases of a decision. They are checked against the rules of the procedure, not against
 * the person's grants (an expert may not touch other cases, but their submitted review must move the campaign).
 */
public final class SystemCalls {

    private SystemCalls() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> call) {
        Authentication person = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (person != null) {
                identity.setAuthentication(person);
            }
        }
    }

    public static void run(IdentityService identity, Runnable call) {
        call(identity, () -> {
            call.run();
            return null;
        });
    }
}
