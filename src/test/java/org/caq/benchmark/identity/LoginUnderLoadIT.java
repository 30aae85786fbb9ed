package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.BenchmarkSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Honest logins while others keep the pool busy (issue 19's deadline rush: starts queue on the campaign row holding
 * connections): more long transactions than the pool has connections, one after another, so that each of a login's
 * queries waits for a connection to come free. Logins of different accounts from different addresses are each
 * answered, and a correct password is let in. (That unrelated accounts never wait for each other's lock is
 * KeyedLocksTest's.)
 */
@BenchmarkSpringTest
class LoginUnderLoadIT {

    private static final String PASSWORD = "Busy-Password-1";
    private static final int LOGINS = 5;

    @Autowired LoginThrottle throttle;
    @Autowired IdentityService identity;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetTheLogins() {
        jdbc.sql("delete from login_known_address where account like 'busy-login-%'").update();
    }

    @Test
    void lets_correct_passwords_of_different_accounts_in_while_long_transactions_hold_the_pool() throws Exception {
        List<String> users = accountsOnceSharingALockStripe();
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        AtomicBoolean busy = new AtomicBoolean(true);
        ExecutorService others = Executors.newFixedThreadPool(poolSize + 4);
        ExecutorService people = Executors.newFixedThreadPool(LOGINS);
        try {
            for (int i = 0; i < poolSize + 4; i++) {
                others.submit(() -> holdConnections(busy));
            }
            Thread.sleep(1500);
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                String user = users.get(i);
                String address = "127.0.16." + (i + 1);
                answers.add(people.submit(() -> answer(user, address)));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).as("every correct password let in, none refused as busy").containsOnly(Boolean.TRUE);
        } finally {
            busy.set(false);
            others.shutdown();
            people.shutdown();
            others.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private Object answer(String user, String address) {
        try {
            return throttle.verify(user, PASSWORD, address);
        } catch (LoginRefusal refused) {
            return refused.status() + " " + refused.getMessage();
        } catch (RuntimeException noConnection) {
            return noConnection.toString();
        }
    }

    /**
     * A long transaction after another, each holding its connection for a second, until the logins are done. Between
     * two, a short pause as a request would take: the pool hands a freed connection to whoever waits longest, but a
     * thread asking again at once would be given back its own.
     */
    private void holdConnections(AtomicBoolean busy) {
        while (busy.get()) {
            try {
                try (Connection connection = dataSource.getConnection()) {
                    Thread.sleep(1000);
                } catch (SQLException timedOut) {
                    // the pool is meant to be this busy; try again
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Accounts whose keys fell into one of the 64 lock stripes the throttle used to share between unrelated accounts:
     * there, each waited for the others' checks, connection waits included, and was refused after 6 s.
     */
    private List<String> accountsOnceSharingALockStripe() {
        List<String> users = new ArrayList<>();
        int stripe = Math.floorMod(LoginThrottle.accountKey("busy-login-0").hashCode(), 64);
        for (int i = 0; users.size() < LOGINS; i++) {
            String user = "busy-login-" + i;
            if (Math.floorMod(LoginThrottle.accountKey(user).hashCode(), 64) == stripe) {
                users.add(user);
            }
        }
        for (String id : users) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            }
        }
        return users;
    }
}
