package org.caq.benchmark.documents;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.caq.benchmark.InvalidInput;

/**
 * The format templates a campaign's office attaches to its notice: seed 001 annex 3 §1(4) "总结材料、PPT、视频格式模板请登录
 * '质量标杆网上平台'查询". They are the organiser's own files (the system generates the 申报指南 and the blank 申报书 itself),
 * each of its own types and size.
 */
public enum NoticeTemplate {
    SUMMARY("总结材料格式模板", 20, Set.of(FileType.DOC, FileType.DOCX, FileType.PDF)),
    PPT("PPT格式模板", 100, Set.of(FileType.PPT, FileType.PPTX, FileType.PDF)),
    VIDEO("视频格式模板", 200, Set.of(FileType.MP4, FileType.PDF));

    private final String displayName;
    private final long maxBytes;
    private final Set<FileType> types;

    NoticeTemplate(String displayName, int maxMegabytes, Set<FileType> types) {
        this.displayName = displayName;
        this.maxBytes = maxMegabytes * 1024L * 1024;
        this.types = types;
    }

    public String displayName() {
        return displayName;
    }

    public long maxBytes() {
        return maxBytes;
    }

    Set<FileType> types() {
        return types;
    }

    /** The file types accepted, by extension, for the refusals: {@code DOC、DOCX、PDF}. */
    String typeNames() {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining("、"));
    }

    public static NoticeTemplate of(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("模板类别无效（当前值：" + value + "）：只能是 SUMMARY（总结材料格式模板）、"
                        + "PPT（PPT格式模板）或 VIDEO（视频格式模板）。"));
    }
}
