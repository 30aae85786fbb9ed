package org.caq.benchmark.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of the login limits and the way to lift one: {@code GET /api/login-limits} lists the
 * accounts and addresses whose attempts are being slowed; {@code DELETE /api/login-limits?account=…} or
 * {@code ?address=…} forgets their failures (and resets the engine's own failure count of that user).
 */
@RestController
class LoginLimitsController {

    private static final Logger log = LoggerFactory.getLogger(LoginLimitsController.class);

    record Limited(String kind, String account, String address, long failures, Instant lastFailure, Instant waitsUntil) {
    }

    /** Only administrators see or lift login limits. */
    static class NotAdministrator extends RuntimeException {
        NotAdministrator() {
            super("只有系统管理员（camunda-admin 组）可以查看或解除登录限制。");
        }
    }

    private final LoginFailures failures;
    private final LoginThrottle throttle;
    private final IdentityService identity;
    private final CurrentUser user;
    private final Clock clock;

    LoginLimitsController(LoginFailures failures, LoginThrottle throttle, IdentityService identity, CurrentUser user,
            Clock clock) {
        this.failures = failures;
        this.throttle = throttle;
        this.identity = identity;
        this.user = user;
        this.clock = clock;
    }

    @GetMapping("/api/login-limits")
    List<Limited> limited() {
        requireAdministrator();
        Instant now = clock.instant();
        Instant since = now.minus(throttle.window());
        List<Limited> limited = new ArrayList<>();
        failures.busyAddresses(since, throttle.addressLimit().free()).forEach(c ->
                limited.add(limited("address", c, throttle.addressLimit(), now)));
        failures.busyAccounts(since, throttle.accountLimit().free()).forEach(c ->
                limited.add(limited("account", c, throttle.accountLimit(), now)));
        failures.busyKnownAddresses(since, throttle.knownAddressLimit().free()).forEach(c ->
                limited.add(limited("known-address", c, throttle.knownAddressLimit(), now)));
        return limited;
    }

    @DeleteMapping("/api/login-limits")
    ResponseEntity<Map<String, Object>> lift(@RequestParam(required = false) String account,
            @RequestParam(required = false) String address) {
        requireAdministrator();
        if ((account == null || account.isBlank()) == (address == null || address.isBlank())) {
            return ResponseEntity.badRequest().body(Map.of("message", "请指定要解除限制的账号（account）或网络地址（address），二者选一。"));
        }
        int forgotten;
        if (account != null && !account.isBlank()) {
            forgotten = failures.clearAccount(LoginThrottle.accountKey(account));
            identity.unlockUser(account.strip());
            log.warn("Administrator {} lifted the login limits of account '{}' ({} failures forgotten)", user.id(),
                    LoginThrottle.printable(account), forgotten);
        } else {
            String normalised = ClientAddress.normalise(address.strip());
            forgotten = failures.clearAddress(normalised);
            log.warn("Administrator {} lifted the login limits of address {} ({} failures forgotten)", user.id(),
                    LoginThrottle.printable(normalised), forgotten);
        }
        return ResponseEntity.ok(Map.of("forgottenFailures", forgotten));
    }

    @ExceptionHandler(NotAdministrator.class)
    ResponseEntity<Map<String, String>> notAdministrator(NotAdministrator e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }

    private void requireAdministrator() {
        if (!user.inAny(CurrentUser.ADMINS)) {
            throw new NotAdministrator();
        }
    }

    private static Limited limited(String kind, LoginFailures.Counter counter, LoginThrottle.Limit limit, Instant now) {
        Instant until = now.plus(limit.wait(new LoginFailures.Count(counter.failures(), counter.last()), now));
        return new Limited(kind, counter.account(), counter.address(), counter.failures(), counter.last(), until);
    }
}
