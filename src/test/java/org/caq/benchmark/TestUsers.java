package org.caq.benchmark;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users the tests make for themselves. */
public final class TestUsers {

    private TestUsers() {
    }

    /**
     * A user for wrong-password calls: failures against a demo user would count against that account for the
     * tests that follow (identity.LoginThrottle).
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
