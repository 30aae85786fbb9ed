package org.caq.benchmark.simulation;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/** A simulated person's call to the engine: authenticated as that person, so every authorization is checked. */
final class Person {

    private Person() {
    }

    static <T> T as(IdentityService identity, String user, List<String> groups, Supplier<T> call) {
        identity.setAuthentication(user, groups);
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    static void as(IdentityService identity, String user, List<String> groups, Runnable call) {
        as(identity, user, groups, () -> {
            call.run();
            return null;
        });
    }
}
