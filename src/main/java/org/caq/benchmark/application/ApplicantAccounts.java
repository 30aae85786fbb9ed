package org.caq.benchmark.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.identity.PersonNames;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.procedure.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicant accounts and the enterprise each applies as. An administrator creates an account bound to its enterprise
 * (unified social credit code and registered name) in one step, or binds an account made in Camunda Admin. One
 * account per enterprise; an account that has applied keeps its enterprise (a renamed enterprise keeps its code).
 */
@Component
public class ApplicantAccounts {

    private static final Logger log = LoggerFactory.getLogger(ApplicantAccounts.class);
    private static final Pattern USER_ID = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,63}$");
    static final int MIN_PASSWORD = 8;

    /** What an administrator enters for a new applicant account. */
    public record NewAccount(String userId, String password, String contactName, String email, String creditCode,
            String enterpriseName) {
    }

    /** An applicant account as the administrator's list shows it; {@code enterprise} is null while unbound. */
    public record Account(String userId, String contactName, String email, boolean exists, Enterprise enterprise,
            String boundBy, Instant boundAt) {
    }

    private final IdentityService identity;
    private final ApplicantEnterprises enterprises;
    private final Applications applications;

    ApplicantAccounts(IdentityService identity, ApplicantEnterprises enterprises, Applications applications) {
        this.identity = identity;
        this.enterprises = enterprises;
        this.applications = applications;
    }

    /** Why an account without an enterprise cannot apply, and what to do. */
    public static String unbound(String userId) {
        return "账号 " + userId + " 尚未绑定申报企业，不能提交申报：申报账号由系统管理员创建并绑定企业（统一社会信用代码和名称），"
                + "请联系全国质量标杆工作办公室或系统管理员。";
    }

    /** The enterprise this account applies as; empty for an account no administrator has bound. */
    public Optional<Enterprise> enterpriseOf(String userId) {
        return userId == null ? Optional.empty() : enterprises.of(userId).map(ApplicantEnterprises.Binding::enterprise);
    }

    /** Creates the user, makes it an applicant and binds it to its enterprise, in one transaction. */
    @Transactional
    public void create(NewAccount account, String by) {
        String userId = account.userId() == null ? "" : account.userId().strip();
        if (!USER_ID.matcher(userId).matches()) {
            throw new InvalidInput("账号须为 3 至 64 位字母、数字、- 或 _，以字母或数字开头（当前值：" + PlainText.line(userId, "账号") + "）。");
        }
        if (identity.createUserQuery().userId(userId).count() > 0 || enterprises.of(userId).isPresent()) {
            throw new InvalidInput("账号 " + userId + " 已存在：请换一个账号，或为已有账号绑定企业。");
        }
        if (account.password() == null || account.password().length() < MIN_PASSWORD) {
            throw new InvalidInput("初始密码至少 " + MIN_PASSWORD + " 位。");
        }
        Enterprise enterprise = checked(account.creditCode(), account.enterpriseName());
        requireFree(enterprise, userId);
        User user = identity.newUser(userId);
        user.setFirstName(PersonNames.normalise(required(account.contactName(), "联系人", 50)));
        user.setLastName(enterprise.name());
        user.setEmail(account.email() == null || account.email().isBlank() ? null : PlainText.line(account.email().strip(), "电子邮箱"));
        user.setPassword(account.password());
        identity.saveUser(user);
        identity.createMembership(userId, ProcedureGroup.APPLICANT.id());
        enterprises.bind(userId, enterprise, by);
        log.info("Applicant account {} created by {} for enterprise {} ({})", userId, by, enterprise.name(), enterprise.creditCode());
    }

    /**
     * Binds an existing account (e.g. one made in Camunda Admin) to its enterprise and makes it an applicant. An
     * account that has applied keeps its credit code; its enterprise's name may be corrected.
     */
    @Transactional
    public void bind(String userId, String creditCode, String enterpriseName, String by) {
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            throw new InvalidInput("账号 " + PlainText.line(String.valueOf(userId), "账号") + " 不存在：请先创建账号。");
        }
        Enterprise enterprise = checked(creditCode, enterpriseName);
        requireFree(enterprise, userId);
        enterprises.of(userId).map(ApplicantEnterprises.Binding::enterprise)
                .filter(bound -> !bound.creditCode().equals(enterprise.creditCode()))
                .filter(bound -> !applications.ofApplicant(userId).isEmpty())
                .ifPresent(bound -> {
                    throw new InvalidInput("账号 " + userId + " 已以 " + bound.name() + "（" + bound.creditCode()
                            + "）提交过申报，不能改绑其他企业：请为新企业另建账号。");
                });
        if (identity.createUserQuery().userId(userId).memberOfGroup(ProcedureGroup.APPLICANT.id()).count() == 0) {
            identity.createMembership(userId, ProcedureGroup.APPLICANT.id());
        }
        enterprises.bind(userId, enterprise, by);
        // the account's organisation is the enterprise it applies as (PersonNames: shown after the person's name)
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (!enterprise.name().equals(user.getLastName())) {
            user.setLastName(enterprise.name());
            identity.saveUser(user);
        }
        log.info("Applicant account {} bound by {} to enterprise {} ({})", userId, by, enterprise.name(), enterprise.creditCode());
    }

    /** Every applicant account, bound or not, and every binding (also of an account since deleted in Camunda Admin). */
    public List<Account> all() {
        Map<String, ApplicantEnterprises.Binding> bindings = new HashMap<>();
        enterprises.all().forEach(binding -> bindings.put(binding.userId(), binding));
        List<Account> accounts = new ArrayList<>();
        for (User user : identity.createUserQuery().memberOfGroup(ProcedureGroup.APPLICANT.id()).orderByUserId().asc().list()) {
            ApplicantEnterprises.Binding binding = bindings.remove(user.getId());
            accounts.add(new Account(user.getId(), user.getFirstName(), user.getEmail(), true,
                    binding == null ? null : binding.enterprise(), binding == null ? null : binding.boundBy(),
                    binding == null ? null : binding.boundAt()));
        }
        bindings.values().forEach(binding -> accounts.add(new Account(binding.userId(), null, null,
                identity.createUserQuery().userId(binding.userId()).count() > 0, binding.enterprise(), binding.boundBy(),
                binding.boundAt())));
        return accounts;
    }

    private static Enterprise checked(String creditCode, String enterpriseName) {
        String code = creditCode == null ? "" : PlainText.line(creditCode, "统一社会信用代码").strip().toUpperCase();
        if (!CreditCode.isValid(code)) {
            throw new InvalidInput("统一社会信用代码无效（当前值：" + code + "）：须为 18 位且校验位正确。");
        }
        return new Enterprise(code, required(enterpriseName, "企业名称", 100));
    }

    private void requireFree(Enterprise enterprise, String userId) {
        enterprises.holding(enterprise.creditCode()).filter(binding -> !binding.userId().equals(userId)).ifPresent(binding -> {
            throw new InvalidInput("统一社会信用代码 " + enterprise.creditCode() + " 已绑定账号 " + binding.userId()
                    + "（" + binding.enterprise().name() + "）：一个企业只有一个申报账号。");
        });
    }

    private static String required(String value, String label, int maxLength) {
        String text = value == null ? "" : PlainText.line(value, label).strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidInput(label + "为必填项，不超过 " + maxLength + " 字。");
        }
        return text;
    }
}
