package org.caq.benchmark.publicity;

import org.springframework.context.ApplicationContext;

/** Objections for tests in other packages, taken in through the real intake. */
public final class TestObjections {

    private TestObjections() {
    }

    /**
     * Takes in an objection to a listed application and answers its number. The address is the tests' own: the intake
     * limits objections per address and hour, and the public endpoint's tests count on 127.0.0.1's allowance.
     */
    public static String submit(ApplicationContext context, String application, String phone) {
        ObjectionForm form = ObjectionForm.of(application, "测试异议人", null, phone, null,
                "该企业申报材料中的利润数据与其年度审计报告不一致，请予核实。", "true");
        return context.getBean(ObjectionIntake.class).submit(form, null, null, "192.0.2.10");
    }
}
