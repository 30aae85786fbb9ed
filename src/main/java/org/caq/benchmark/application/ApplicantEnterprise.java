package org.caq.benchmark.application;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * An application is made as the enterprise its account is bound to ({@link ApplicantAccounts}), never as another:
 * the form's enterprise name and credit code are taken from the binding when left empty and must match it
 * otherwise (the name compared without regard to spaces and full- or half-width forms). The application keeps the
 * binding's own spelling.
 */
@Component
class ApplicantEnterprise {

    private final ApplicantAccounts accounts;

    ApplicantEnterprise(ApplicantAccounts accounts) {
        this.accounts = accounts;
    }

    /** The form as the applicant's enterprise submits it; refused for an unbound account or another enterprise. */
    Map<String, Object> applyTo(String applicant, Map<String, Object> form) {
        Enterprise enterprise = accounts.enterpriseOf(applicant)
                .orElseThrow(() -> new InvalidInput(ApplicantAccounts.unbound(applicant)));
        FormValues values = new FormValues(form);
        String name = values.optionalLine(ApplicationProcess.ENTERPRISE_NAME, "企业名称", 100);
        String code = values.optionalLine(ApplicationProcess.CREDIT_CODE, "统一社会信用代码", 18);
        if ((name != null && !comparable(name).equals(comparable(enterprise.name())))
                || (code != null && !code.toUpperCase().equals(enterprise.creditCode()))) {
            throw new InvalidInput("本账号（" + applicant + "）只能以所绑定的企业申报：" + enterprise.name() + "（统一社会信用代码 "
                    + enterprise.creditCode() + "）。申报中填写的是 " + (name == null ? "（未填）" : name) + "（"
                    + (code == null ? "未填" : code) + "），与之不符；企业名称和统一社会信用代码可留空，由系统按账号填写。");
        }
        Map<String, Object> asBound = new HashMap<>(form);
        asBound.put(ApplicationProcess.ENTERPRISE_NAME, enterprise.name());
        asBound.put(ApplicationProcess.CREDIT_CODE, enterprise.creditCode());
        return asBound;
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
