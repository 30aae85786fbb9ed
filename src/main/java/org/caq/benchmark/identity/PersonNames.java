package org.caq.benchmark.identity;

/**
 * How a person's name is kept in the engine's user, which Camunda's webapps show as "first name, space, last name":
 * the first name holds the whole name in Chinese order (赵国强, family name first, no space inside), the last name the
 * person's organisation (中国质量协会专家委员会), so Tasklist reads "赵国强 中国质量协会专家委员会". Camunda Admin labels
 * the two fields 姓名 and 单位 (its zh locale) and asks for both. Decision 0031.
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** A typed name as kept: spaces between Chinese characters dropped ("张 三" → 张三), others trimmed to one. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        return name.strip().replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "").replaceAll("\\s+", " ");
    }

    /** The name with the organisation after it, as the project's own pages and the audit trail show a person. */
    public static String withOrganisation(String firstName, String lastName) {
        String name = normalise(firstName == null ? "" : firstName);
        String organisation = lastName == null ? "" : lastName.strip();
        return organisation.isEmpty() ? name : name.isEmpty() ? organisation : name + "（" + organisation + "）";
    }
}
