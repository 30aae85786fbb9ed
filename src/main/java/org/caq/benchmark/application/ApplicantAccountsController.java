package org.caq.benchmark.application;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.NotFound;
import org.caq.benchmark.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators create applicant accounts bound to their enterprise, bind accounts made in Camunda Admin and list
 * them (the Admin webapp's 申报单位账号 page); an applicant reads the enterprise their account applies as.
 */
@RestController
class ApplicantAccountsController {

    private final ApplicantAccounts accounts;
    private final CurrentUser user;

    ApplicantAccountsController(ApplicantAccounts accounts, CurrentUser user) {
        this.accounts = accounts;
        this.user = user;
    }

    record Binding(String creditCode, String enterpriseName) {
    }

    @GetMapping("/api/admin/applicant-accounts")
    List<ApplicantAccounts.Account> all() {
        requireAdministrator();
        return accounts.all();
    }

    @PostMapping("/api/admin/applicant-accounts")
    ResponseEntity<Map<String, String>> create(@RequestBody ApplicantAccounts.NewAccount account) {
        requireAdministrator();
        accounts.create(account, user.id());
        return ResponseEntity.created(URI.create("/api/admin/applicant-accounts/" + account.userId().strip()))
                .body(Map.of("message", "已创建申报账号 " + account.userId().strip() + "，绑定企业 "
                        + accounts.enterpriseOf(account.userId().strip()).map(Enterprise::name).orElseThrow() + "。"));
    }

    @PutMapping("/api/admin/applicant-accounts/{userId}/enterprise")
    ResponseEntity<Map<String, String>> bind(@PathVariable String userId, @RequestBody Binding binding) {
        requireAdministrator();
        accounts.bind(userId, binding.creditCode(), binding.enterpriseName(), user.id());
        return ResponseEntity.ok(Map.of("message", "账号 " + userId + " 已绑定企业 "
                + accounts.enterpriseOf(userId).map(Enterprise::name).orElseThrow() + "。"));
    }

    /** The enterprise the calling account applies as (404 with the reason while no administrator has bound one). */
    @GetMapping("/api/applicant/enterprise")
    ResponseEntity<?> mine() {
        return accounts.enterpriseOf(user.id()).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() ->
                ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", ApplicantAccounts.unbound(user.id()))));
    }

    private void requireAdministrator() {
        if (!user.inAny(CurrentUser.ADMINS)) {
            throw new NotFound("申报单位账号管理 不存在，或您无权查看。");
        }
    }
}
