package org.caq.benchmark;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users the tests make for themselves. */
public final class TestUsers {

    private TestUsers() {
    }

    /**
     * A user for wrong-password calls: the engine locks a user for a growing delay after a failed login, so
     * failing as a demo user would lock that user out of the tests that follow.
     */
    public static String wrongPasswordProbe(IdentityService identity) {
        String id = "wrong-password-probe";
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("the-right-one");
            identity.saveUser(user);
        }
        return id;
    }
}
