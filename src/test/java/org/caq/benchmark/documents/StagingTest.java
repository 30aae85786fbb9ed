package org.caq.benchmark.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep removes what no running upload owns and nothing else (the kill itself: UploadLeftoversIT). */
class StagingTest {

    @TempDir Path root;

    @Test
    void removes_files_of_dead_nodes_and_of_earlier_versions_and_keeps_every_live_upload() throws IOException {
        Staging staging = new Staging(root);
        Staging otherNodeOfThisJvm = new Staging(root);
        Path directory = root.resolve("staging");
        Path live = staging.create();
        Path otherLive = otherNodeOfThisJvm.create();
        String dead = UUID.randomUUID().toString();
        Path deadPart = Files.writeString(directory.resolve("upload-" + dead + "-" + UUID.randomUUID() + ".part"), "x");
        Path deadLock = Files.writeString(directory.resolve("node-" + dead + ".lock"), "");
        Path earlierVersion = Files.writeString(directory.resolve("upload-8213412412.part"), "x");
        Path starting = Files.writeString(directory.resolve("node-" + UUID.randomUUID() + ".lock.new"), "");
        Path deadStart = Files.writeString(directory.resolve("node-" + UUID.randomUUID() + ".lock.new"), "");
        // two minutes before now on the directory's own clock, whatever the JVM's clock says
        Files.setLastModifiedTime(deadStart, FileTime.from(Files.getLastModifiedTime(starting).toInstant().minusSeconds(120)));
        Path unrelated = Files.writeString(directory.resolve("notes.txt"), "x");

        staging.sweep();

        assertThat(deadPart).doesNotExist();
        assertThat(deadLock).doesNotExist();
        assertThat(earlierVersion).doesNotExist();
        assertThat(live).exists();
        assertThat(otherLive).exists();
        assertThat(starting).as("a node still starting").exists();
        assertThat(deadStart).as("a start that never finished").doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void forgets_an_upload_once_released_and_removes_its_file() throws IOException {
        Staging staging = new Staging(root);
        Path file = staging.create();

        staging.release(file);

        assertThat(file).doesNotExist();
    }
}
