package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.application.ApplicantAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator opens 申报单位账号 from Camunda Admin's dashboard, creates an enterprise's account bound to it,
 * is refused a second account for the same enterprise in Chinese, and binds an account made under 用户.
 */
@BenchmarkSpringTest
class ApplicantAccountsBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicantAccounts accounts;
    @Autowired IdentityService identity;

    @Test
    void creates_an_applicant_account_bound_to_its_enterprise_and_binds_one_made_in_camunda_admin() throws Exception {
        var user = identity.newUser("made-in-admin");
        user.setPassword("made-in-admin-password");
        identity.saveUser(user);

        try (Browser admin = new Browser("http://localhost:" + port)) {
            admin.login("admin", "admin", "admin");
            admin.click(By.cssSelector("a.applicant-accounts-link"));
            admin.visible(By.cssSelector("form.create-account"));
            admin.screenshot("applicant-accounts-page");
            type(admin, "userId", "yangzhou-valve");
            type(admin, "password", "initial-password");
            type(admin, "contactName", "钱七");
            type(admin, "enterpriseName", "扬州阀门有限公司");
            type(admin, "creditCode", "91321000MA1YK00019");
            admin.click(By.cssSelector("form.create-account button[type=submit]"));
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".create-message"),
                    "已创建申报账号 yangzhou-valve"));
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.applicant-accounts"),
                    "扬州阀门有限公司"));
            admin.screenshot("applicant-account-created");

            type(admin, "userId", "second-yangzhou");
            type(admin, "password", "initial-password");
            type(admin, "contactName", "孙八");
            type(admin, "enterpriseName", "扬州阀门有限公司");
            type(admin, "creditCode", "91321000MA1YK00019");
            admin.click(By.cssSelector("form.create-account button[type=submit]"));
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".create-message"),
                    "已绑定账号 yangzhou-valve"));

            type(admin, "bindUserId", "made-in-admin");
            type(admin, "bindEnterpriseName", "泰州电机有限公司");
            type(admin, "bindCreditCode", "91321200MA1TX0001N");
            admin.click(By.cssSelector("form.bind-account-form button[type=submit]"));
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".bind-message"),
                    "账号 made-in-admin 已绑定企业 泰州电机有限公司"));
            admin.screenshot("applicant-account-bound");
        }
        assertThat(accounts.enterpriseOf("yangzhou-valve")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("扬州阀门有限公司"));
        assertThat(accounts.enterpriseOf("made-in-admin")).hasValueSatisfying(e -> assertThat(e.creditCode()).isEqualTo("91321200MA1TX0001N"));
        assertThat(identity.createUserQuery().userId("second-yangzhou").count()).isZero();
    }

    private static void type(Browser browser, String id, String value) {
        var input = browser.visible(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
