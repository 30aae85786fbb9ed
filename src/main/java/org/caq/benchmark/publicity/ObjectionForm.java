package org.caq.benchmark.publicity;

import java.util.regex.Pattern;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.PlainText;

/** What a member of the public submits; every rule is checked here, whatever the browser let through. */
public record ObjectionForm(String applicationNumber, String name, String organisation, String phone, String email,
        String grounds, boolean pledge) {

    static final int MIN_GROUNDS = 20;
    static final int MAX_GROUNDS = 4000;
    private static final Pattern PHONE = Pattern.compile("^[0-9+\\- ]{7,30}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public static ObjectionForm of(String applicationNumber, String name, String organisation, String phone, String email,
            String grounds, String pledge) {
        ObjectionForm form = new ObjectionForm(strip(PlainText.line(applicationNumber, "异议涉及的申报")),
                strip(PlainText.line(name, "姓名")), strip(PlainText.line(organisation, "单位")),
                strip(PlainText.line(phone, "联系电话")), strip(PlainText.line(email, "电子邮箱")),
                strip(PlainText.text(grounds, "异议理由及事实")), "true".equals(pledge) || "on".equals(pledge));
        form.check();
        return form;
    }

    private void check() {
        required(applicationNumber, "异议涉及的申报");
        required(name, "姓名");
        maxLength(name, "姓名", 50);
        maxLength(organisation, "单位", 100);
        required(phone, "联系电话");
        if (!PHONE.matcher(phone).matches()) {
            throw new InvalidInput("联系电话格式不正确（当前值：" + phone + "）：只能包含数字、+、- 和空格，7 至 30 位。");
        }
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
            throw new InvalidInput("电子邮箱格式不正确（当前值：" + email + "），可不填。");
        }
        required(grounds, "异议理由及事实");
        if (grounds.length() < MIN_GROUNDS || grounds.length() > MAX_GROUNDS) {
            throw new InvalidInput("异议理由及事实须为 " + MIN_GROUNDS + " 至 " + MAX_GROUNDS + " 字（当前 " + grounds.length()
                    + " 字）：请写明具体事实和依据。");
        }
        if (!pledge) {
            throw new InvalidInput("请确认“本人承诺所提异议内容真实，并愿意配合调查核实”。");
        }
    }

    private static void required(String value, String label) {
        if (value == null) {
            throw new InvalidInput(label + "为必填项。");
        }
    }

    private static void maxLength(String value, String label, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInput(label + "不得超过 " + max + " 个字符（当前 " + value.length() + " 个）。");
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
