package org.caq.benchmark.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.caq.benchmark.availability.DatabaseAvailability;
import org.caq.benchmark.availability.DatabaseUnreachable;
import org.caq.benchmark.procedure.SystemCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every password check of the REST API, the project's API and the webapps' login goes through here. Failures slow
 * the one who fails, never the owner at their own address: an account's known addresses (where it logged in
 * before) count only their own failures; any other address is slowed when it fails too often over all accounts,
 * and an account is slowed for all unknown addresses together when they fail against it too often (a guess
 * spread over many addresses). A slowed attempt is not checked at all. Nothing ever locks an account: the engine's
 * own lock-out is switched off (application.yml). Reasoning and numbers: docs/security.md.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final Duration FRESH_KNOWN_ADDRESS = Duration.ofDays(1);
    private static final long LOCK_WAIT_SECONDS = 6;

    /** How many failures a counter allows before each further attempt waits, doubling up to a maximum. */
    record Limit(int free, Duration firstDelay, Duration maxDelay) {

        Duration wait(LoginFailures.Count count, Instant now) {
            if (count.failures() < free) {
                return Duration.ZERO;
            }
            long beyond = Math.min(count.failures() - free, 30);
            Duration delay = firstDelay.multipliedBy(1L << beyond);
            Instant until = count.last().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
            return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
        }
    }

    /**
     * What the counters said before an attempt: from a known address only its own failures there count; from
     * any other address, the address's and the account's.
     */
    private record Check(boolean known, Optional<Instant> lastLogin, long own, long fromAddress, long againstAccount) {
    }

    private final IdentityService identity;
    private final LoginFailures failures;
    private final Clock clock;
    private final Duration window;
    private final Duration knownFor;
    private final Limit address;
    private final Limit account;
    private final Limit knownAddress;
    private final KeyedLocks accountLocks = new KeyedLocks();
    private final KeyedLocks addressLocks = new KeyedLocks();
    private final DatabaseAvailability database;

    LoginThrottle(IdentityService identity, LoginFailures failures, Clock clock, DatabaseAvailability database,
            @Value("${benchmark.login.window:1h}") Duration window,
            @Value("${benchmark.login.known-address-for:90d}") Duration knownFor,
            @Value("${benchmark.login.address-free-failures:10}") int addressFree,
            @Value("${benchmark.login.account-free-failures:10}") int accountFree,
            @Value("${benchmark.login.known-address-free-failures:5}") int knownAddressFree,
            @Value("${benchmark.login.first-delay:5s}") Duration firstDelay,
            @Value("${benchmark.login.max-delay:15m}") Duration maxDelay) {
        this.identity = identity;
        this.failures = failures;
        this.clock = clock;
        this.database = database;
        this.window = window;
        this.knownFor = knownFor;
        this.address = new Limit(addressFree, firstDelay, maxDelay);
        this.account = new Limit(accountFree, firstDelay, maxDelay);
        this.knownAddress = new Limit(knownAddressFree, firstDelay, maxDelay);
    }

    /**
     * Whether the password is the user's. Throws {@link LoginRefusal} without checking it when the address or the
     * account must wait. Attempts for one account or from one address are checked one at a time, so that a burst of
     * parallel requests cannot slip past the counters; attempts for other accounts from other addresses never wait
     * for them, however long their checks wait for a database connection.
     */
    boolean verify(String user, String password, String from) {
        String key = accountKey(user);
        if (accountLocks.isHeld(key) || addressLocks.isHeld(from)) {
            // an attempt that must wait anyway is refused at once, not after queuing behind the others
            check(key, from);
        }
        return guarded(key, from, () -> {
            Check check = check(key, from);
            boolean matches = passwordMatches(user, password);
            Instant now = clock.instant();
            if (matches) {
                succeeded(key, from, check, now);
            } else {
                failures.record(key, from, check.known(), now);
                logFailure(key, from, check);
            }
            return matches;
        });
    }

    private Check check(String key, String from) {
        Instant now = clock.instant();
        LoginFailures.State state = failures.state(key, from, now.minus(window));
        Optional<Instant> lastLogin = state.lastLogin();
        if (lastLogin.filter(at -> at.isAfter(now.minus(knownFor))).isPresent()) {
            refuseIfWaiting(knownAddress.wait(state.ofPair(), now));
            return new Check(true, lastLogin, state.ofPair().failures(), 0, 0);
        }
        Duration wait = longer(address.wait(state.ofAddress(), now), account.wait(state.ofAccount(), now));
        refuseIfWaiting(wait);
        return new Check(false, lastLogin, 0, state.ofAddress().failures(), state.ofAccount().failures());
    }

    private static void refuseIfWaiting(Duration wait) {
        if (!wait.isZero()) {
            throw LoginRefusal.tooManyFailures(wait);
        }
    }

    private void succeeded(String key, String from, Check check, Instant now) {
        boolean fresh = check.lastLogin().filter(at -> at.isAfter(now.minus(FRESH_KNOWN_ADDRESS))).isPresent();
        // a login from a known address with nothing to forget writes nothing
        if (!check.known() || !fresh || check.own() > 0) {
            failures.loggedIn(key, from, now);
        }
    }

    private void logFailure(String key, String from, Check check) {
        if (check.known() && check.own() + 1 >= knownAddress.free()) {
            log.warn("Failed login for account '{}' at its known address {}: {} failures there in {}; its next attempts "
                    + "there wait", printable(key), from, check.own() + 1, window);
        } else if (!check.known() && check.fromAddress() + 1 >= address.free()) {
            log.warn("Failed login for account '{}' from {}: {} failures from that address in {}; its next attempts wait",
                    printable(key), from, check.fromAddress() + 1, window);
        } else if (!check.known() && check.againstAccount() + 1 >= account.free()) {
            log.warn("Failed login for account '{}' from {}: {} failures against the account from unknown addresses in {}; "
                    + "their next attempts wait", printable(key), from, check.againstAccount() + 1, window);
        } else {
            log.info("Failed login for account '{}' from {}", printable(key), from);
        }
    }

    private boolean passwordMatches(String user, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // a password is the user's or not whoever asks; the REST call that asks checks who may ask
                return SystemCalls.call(identity, () -> identity.checkPassword(user, password));
            } catch (OptimisticLockingException concurrentCheckOnAnotherNode) {
                // the engine counts attempts in the user's row; another node's check changed it meanwhile
                if (attempt == 2) {
                    return false;
                }
            }
        }
    }

    private <T> T guarded(String key, String from, Supplier<T> work) {
        if (!accountLocks.tryLock(key, LOCK_WAIT_SECONDS)) {
            throw busy();
        }
        try {
            if (!addressLocks.tryLock(from, LOCK_WAIT_SECONDS)) {
                throw busy();
            }
            try {
                if (database.unreachable()) {
                    throw new DatabaseUnreachable();
                }
                return work.get();
            } finally {
                addressLocks.unlock(from);
            }
        } finally {
            accountLocks.unlock(key);
        }
    }

    /**
     * A check takes milliseconds. Waiting longer than the pool waits for a connection (5 s) behind another attempt for
     * the same account or address means the one ahead met an unreachable database, or far too many attempts for that
     * account or address arrive at once; either way the caller hears so (503).
     */
    private RuntimeException busy() {
        return database.unreachable() ? new DatabaseUnreachable() : LoginRefusal.busy();
    }

    @Scheduled(fixedDelayString = "${benchmark.login.forget-interval:10m}")
    void forgetOldFailures() {
        Instant now = clock.instant();
        failures.forget(now.minus(window), now.minus(knownFor));
    }

    Duration window() {
        return window;
    }

    Limit addressLimit() {
        return address;
    }

    Limit accountLimit() {
        return account;
    }

    Limit knownAddressLimit() {
        return knownAddress;
    }

    /** Account names count case-insensitively: {@code Admin} guesses count against {@code admin}. */
    static String accountKey(String user) {
        String key = user.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** A user name as typed by anyone, safe for one log line. */
    static String printable(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

}
