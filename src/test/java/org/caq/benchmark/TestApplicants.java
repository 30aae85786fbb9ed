package org.caq.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.CreditCode;

/**
 * The applicant accounts the tests apply with, each bound to its enterprise as an administrator would bind it: the
 * demo enterprises' own logins, and for any other test enterprise an account made and bound the first time it applies.
 * Such an enterprise gets a credit code of its own in the region of the code the test gives (characters 3–8 stay, the
 * rest follows from the name), so that tests keep their regions and no two enterprises share a code; the same name in
 * two regions is two enterprises, with two accounts.
 */
public final class TestApplicants {

    public static final String PASSWORD = "test-applicant-password";

    /** The demo enterprises (demo.DemoUsers): name → login and credit code. */
    private static final Map<String, String[]> DEMO = Map.of(
            "华东精密机械股份有限公司", new String[] {"applicant1", "91320500MA1MX0000R"},
            "齐鲁新材料集团有限公司", new String[] {"applicant2", "91370100MA3C00000E"},
            "南京智造精工股份有限公司", new String[] {"applicant3", "91320100MA1NJ0000J"},
            "苏州工业园区精密电子有限公司", new String[] {"applicant4", "91320594MA1PY0000U"},
            "无锡数智物联科技有限公司", new String[] {"applicant5", "91320200MA1WX0000C"},
            "常州新材料中小企业股份有限公司", new String[] {"applicant6", "91320400MA1CH0000G"},
            "常熟智能装备股份有限公司", new String[] {"applicant7", "91320581MA1CX0000W"},
            "宁波精密制造有限公司", new String[] {"applicant8", "91330200MA2NB0000U"},
            "福州新能源科技股份有限公司", new String[] {"applicant9", "91350100M000100Y43"});
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestApplicants() {
    }

    /** The credit code this enterprise applies with: a demo enterprise's own, else one of its own in {@code code}'s region. */
    public static String codeOf(String enterprise, String code) {
        if (DEMO.containsKey(enterprise)) {
            return DEMO.get(enterprise)[1];
        }
        byte[] hash = sha256(enterprise);
        StringBuilder body = new StringBuilder(code.substring(0, 8));
        for (int i = 0; i < 9; i++) {
            body.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
        }
        return body.append(CreditCode.checkCharacter(body.toString())).toString();
    }

    /** The login of this enterprise's account: the demo login, or one made and bound now if there is none yet. */
    public static String accountOf(ApplicantAccounts accounts, String enterprise, String code) {
        if (DEMO.containsKey(enterprise)) {
            return DEMO.get(enterprise)[0];
        }
        String userId = "t-" + HexFormat.of().formatHex(sha256(code.substring(2, 8) + enterprise), 0, 6);
        if (accounts.enterpriseOf(userId).isEmpty()) {
            accounts.create(new ApplicantAccounts.NewAccount(userId, PASSWORD, "测试联系人", userId + "@test.invalid", codeOf(enterprise, code),
                    enterprise), "test");
        }
        return userId;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
