package org.caq.benchmark.simulation.bare;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the request-cost comparison only: the cheapest {@code /api} call, served the same way on both sides (Spring MVC,
 * a few bytes of JSON naming the caller the authentication set), so that the comparison measures each side's filter
 * chain in front of it (the application's {@code /api} authentication against Camunda's Basic filter on the bare
 * starter). Present in a context only with {@code request-cost.ping=true}.
 */
@RestController
@ConditionalOnProperty("request-cost.ping")
public class RequestCostPing {

    private final IdentityService identity;

    RequestCostPing(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/api/request-cost/ping")
    Map<String, Object> ping() {
        Authentication caller = identity.getCurrentAuthentication();
        return Map.of("user", caller.getUserId(), "groups", caller.getGroupIds().size());
    }
}
