package org.caq.benchmark.review;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The specialist groups (专业组, Art. 14) the office starts from: each covers some of the six selection
 * categories of Art. 10 and draws experts of one field. The office may change members and leaders.
 */
public enum GroupTemplate {
    MANAGEMENT("management", "管理方法组", "管理方法", Set.of(1, 4)),
    DIGITAL("digital", "数字化与新模式组", "数字化", Set.of(2, 3)),
    SERVICE("service", "服务与社会责任组", "服务与社会责任", Set.of(5, 6));

    private final String formKey;
    private final String displayName;
    private final String field;
    private final Set<Integer> categories;

    GroupTemplate(String formKey, String displayName, String field, Set<Integer> categories) {
        this.formKey = formKey;
        this.displayName = displayName;
        this.field = field;
        this.categories = categories;
    }

    /** The committee form's checklist of the group's members (expert codes), e.g. {@code managementMembers}. */
    public String membersKey() {
        return formKey + "Members";
    }

    /** The committee form's choice of the group's leader (an expert code). */
    public String leaderKey() {
        return formKey + "Leader";
    }

    /** The experts the office may pick for the group, as the form's options (task-local). */
    public String optionsKey() {
        return formKey + "Options";
    }

    /** Whether the campaign needs the group (task-local): the form shows only the groups it needs. */
    public String neededKey() {
        return formKey + "Needed";
    }

    public String displayName() {
        return displayName;
    }

    String field() {
        return field;
    }

    Set<Integer> categories() {
        return categories;
    }

    static Optional<GroupTemplate> forCategory(int category) {
        return Arrays.stream(values()).filter(group -> group.categories.contains(category)).findFirst();
    }
}
