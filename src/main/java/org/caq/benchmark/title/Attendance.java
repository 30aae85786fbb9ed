package org.caq.benchmark.title;

import java.util.Arrays;
import java.util.Optional;

/** How an invited title holder answered an exchange activity (Art. 23): attended, excused with a reason, or absent. */
public enum Attendance {
    ATTENDED("出席"),
    EXCUSED("请假"),
    ABSENT("缺席");

    private final String displayName;

    Attendance(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    static Optional<Attendance> named(String word) {
        return Arrays.stream(values()).filter(a -> a.displayName.equals(word)).findFirst();
    }
}
