package org.caq.benchmark.recommendingunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the directories and level rules come from: the files shipped on the classpath ({@code directory/...}), then an
 * installation's own folder ({@code benchmark.directory.folder}) with the same layout, so an administrator adds a
 * province's selection (Measures Art. 7 "鼓励开展本地区（行业）质量标杆遴选") without a rebuild. Lines are read with their
 * numbers, so a broken file is refused at start-up naming the file, the line and what is wrong.
 */
final class DirectoryFiles {

    /** The property naming an installation's folder of further directories; empty: none. */
    static final String FOLDER_PROPERTY = "benchmark.directory.folder";

    record Line(Resource file, int number, String text) {

        /** A refusal naming the file and the line, for the administrator who wrote it. */
        IllegalStateException error(String problem) {
            return new IllegalStateException(describe(file) + " line " + number + ": " + problem + " (line: " + text + ")");
        }
    }

    private DirectoryFiles() {
    }

    /** The classpath's files for {@code pattern} (relative to {@code directory/}), then the folder's. */
    static List<Resource> find(String pattern, String folder) {
        List<Resource> files = new ArrayList<>(resolve("classpath*:directory/" + pattern));
        if (folder != null && !folder.isBlank()) {
            Path root = Path.of(folder).toAbsolutePath();
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException(FOLDER_PROPERTY + " names " + root + ", which is not a folder");
            }
            files.addAll(resolve(root.toUri() + pattern));
        }
        return files;
    }

    private static List<Resource> resolve(String pattern) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern)).filter(Resource::exists)
                    .sorted((a, b) -> a.getFilename().compareTo(b.getFilename())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    /** The data lines of a CSV file (no blank line, comment or the header starting with {@code header}), numbered. */
    static List<Line> lines(Resource file, String header) {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            List<Line> result = new ArrayList<>();
            String text;
            for (int number = 1; (text = reader.readLine()) != null; number++) {
                if (!text.isBlank() && !text.startsWith("#") && !text.startsWith(header)) {
                    result.add(new Line(file, number, text));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + describe(file), e);
        }
    }

    static String describe(Resource file) {
        try {
            return file.getURL().toString();
        } catch (IOException e) {
            return file.getDescription();
        }
    }
}
