package org.caq.benchmark.model;

import java.util.Set;
import org.caq.benchmark.recommendingunit.RecommendingUnit;

/**
 * The fixed groups of the procedure (DOMAIN.md, "Who takes part"). Each recommending unit has a group of its
 * own besides these, named by {@code RecommendingUnit.groupId()}.
 */
public enum ProcedureGroup {
    OFFICE("office", "全国质量标杆工作办公室"),
    COMMITTEE("committee", "评审委员会专家"),
    COMMITTEE_CHAIR("committee-chair", "评审委员会主任委员"),
    MINISTRY("ministry", "工信部科技司"),
    CAQ("caq", "中国质量协会（批准遴选结果）"),
    AUDITOR("auditor", "审计监督人员"),
    APPLICANT("applicant", "申报单位");

    /** The office running a directory's selection: {@code office}, or {@code office-<province>} one level down. */
    public static String officeOf(String directory) {
        return RecommendingUnit.NATIONAL.equals(directory) ? OFFICE.id : "office-" + directory;
    }

    /** The groups that read and change nothing: a user all of whose groups are among these is read-only. */
    public static final Set<String> READ_ONLY = Set.of(AUDITOR.id);

    /** Camunda's group type for groups that take part in processes. */
    public static final String WORKFLOW_TYPE = "WORKFLOW";

    private final String id;
    private final String displayName;

    ProcedureGroup(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
