package org.caq.benchmark.review;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The specialist groups (专业组, Art. 14) the office starts from: each covers some of the six selection
 * categories of Art. 10 and draws experts of one field. The office may change members and leaders.
 */
public enum GroupTemplate {
    MANAGEMENT("管理方法组", "管理方法", Set.of(1, 4)),
    DIGITAL("数字化与新模式组", "数字化", Set.of(2, 3)),
    SERVICE("服务与社会责任组", "服务与社会责任", Set.of(5, 6));

    private final String displayName;
    private final String field;
    private final Set<Integer> categories;

    GroupTemplate(String displayName, String field, Set<Integer> categories) {
        this.displayName = displayName;
        this.field = field;
        this.categories = categories;
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
