package org.caq.benchmark.documents;

import java.util.Set;

/**
 * The materials of an application (seed 001 annex 3; seed 004 §1(3)2): the typical-experience document, the
 * sealed application form and optional evidence, each with the file types a careful office accepts.
 */
public enum DocumentKind {
    EXPERIENCE("典型经验材料", true, Set.of(FileType.PDF, FileType.DOC, FileType.DOCX)),
    SEALED_FORM("加盖公章的申报书", true, Set.of(FileType.PDF, FileType.JPG, FileType.PNG)),
    /** Uploaded by the recommending unit, not the applicant (seed 001 §1(2)2: "将推荐表加盖公章后报送"). */
    SEALED_RECOMMENDATION("加盖公章的推荐表", false, Set.of(FileType.PDF, FileType.JPG, FileType.PNG)),
    EVIDENCE("证实性材料", false,
            Set.of(FileType.PDF, FileType.DOC, FileType.DOCX, FileType.JPG, FileType.PNG, FileType.ZIP, FileType.RAR));

    private final String displayName;
    private final boolean required;
    private final Set<FileType> allowedTypes;

    DocumentKind(String displayName, boolean required, Set<FileType> allowedTypes) {
        this.displayName = displayName;
        this.required = required;
        this.allowedTypes = allowedTypes;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isRequired() {
        return required;
    }

    Set<FileType> allowedTypes() {
        return allowedTypes;
    }
}
