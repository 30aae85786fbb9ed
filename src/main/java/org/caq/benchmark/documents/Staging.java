package org.caq.benchmark.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The staging directory where uploads arrive before they are recorded. A process killed mid-upload leaves its
 * {@code .part} file behind; such leftovers are removed at start-up and then periodically, while the files of
 * uploads still arriving are kept. Each running application (node) holds an operating-system lock on its own
 * {@code node-<id>.lock} for its lifetime; the system drops the lock when the process dies, even by kill -9. A
 * staging file is named after its node: it is a leftover when that node's lock is free, or, for this node, when
 * no upload of this node is writing it. Several nodes may share the directory (docs/decisions/0007).
 */
@Component
class Staging implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Staging.class);
    private static final String PART = ".part";
    private static final String LOCK = ".lock";
    private static final String PENDING_LOCK = ".lock.new";
    /** A node's lock file is renamed into place once locked; one left unrenamed that long is a dead start. */
    private static final Duration STARTING = Duration.ofMinutes(1);
    /**
     * The nodes of this JVM. Closing any channel of a file drops all of this process's locks on it, so this JVM
     * must never open its own lock files to probe them.
     */
    private static final Set<String> NODES_OF_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final String node = UUID.randomUUID().toString();
    private final Set<Path> live = ConcurrentHashMap.newKeySet();
    private final FileChannel lockChannel;

    Staging(@Value("${benchmark.documents.directory:./data/documents}") Path root) {
        this.directory = root.toAbsolutePath().resolve("staging");
        try {
            Files.createDirectories(directory);
            NODES_OF_THIS_JVM.add(node);
            // locked before it gets its name: another node's sweep never finds this node's lock file free
            Path pending = directory.resolve("node-" + node + PENDING_LOCK);
            lockChannel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            lockChannel.lock();
            Files.move(pending, lockFile(node), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the staging directory " + directory, e);
        }
        sweep();
    }

    /** A new staging file for an upload of this node; it is live until {@link #release}d. */
    Path create() throws IOException {
        Path file = directory.resolve("upload-" + node + "-" + UUID.randomUUID() + PART);
        live.add(file);
        try {
            return Files.createFile(file);
        } catch (IOException e) {
            live.remove(file);
            throw e;
        }
    }

    /** The upload is over: its staging file goes, if it was not moved into place. */
    void release(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}; the next sweep removes it", file, e);
        }
        live.remove(file);
    }

    @Scheduled(fixedDelayString = "${benchmark.documents.staging-sweep-interval:10m}",
            initialDelayString = "${benchmark.documents.staging-sweep-interval:10m}")
    void sweep() {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.toList();
        } catch (IOException e) {
            log.warn("Cannot list {}", directory, e);
            return;
        }
        FileTime now = fileSystemNow();
        int removed = 0;
        for (Path file : files) {
            if (leftover(file.getFileName().toString(), file, now) && delete(file)) {
                removed++;
            }
        }
        if (removed > 0) {
            log.info("Removed {} leftover file(s) of interrupted uploads from {}", removed, directory);
        }
    }

    /**
     * The directory's own clock: the time its file system gives this node's lock file when written now. Ages of files
     * are measured on it, since the nodes sharing the directory and the file server need not agree on the time.
     */
    private FileTime fileSystemNow() {
        try {
            lockChannel.write(ByteBuffer.wrap(new byte[] {'.'}), 0);
            return Files.getLastModifiedTime(lockFile(node));
        } catch (IOException e) {
            log.warn("Cannot read the staging directory's clock; using this node's", e);
            return FileTime.from(Instant.now());
        }
    }

    private boolean leftover(String name, Path file, FileTime now) {
        if (name.startsWith("upload-") && name.endsWith(PART)) {
            String owner = ownerOf(name);
            return owner.equals(node) ? !live.contains(file) : !alive(owner);
        }
        if (name.startsWith("node-") && (name.endsWith(LOCK) || name.endsWith(PENDING_LOCK))) {
            String owner = name.substring(5, name.indexOf('.'));
            // a pending lock file is not locked yet for a moment while its node starts
            return !owner.equals(node) && !alive(owner) && (name.endsWith(LOCK) || olderThan(file, STARTING, now));
        }
        return false;
    }

    /** The node id in {@code upload-<node>-<id>.part}; files of earlier versions (no node) belong to nobody. */
    private static String ownerOf(String name) {
        String id = name.substring("upload-".length(), name.length() - PART.length());
        return id.length() == 73 && id.charAt(36) == '-' ? id.substring(0, 36) : "";
    }

    /** Whether the node still runs: its lock file exists and another process holds its lock. */
    private boolean alive(String otherNode) {
        if (otherNode.isEmpty()) {
            return false;
        }
        if (NODES_OF_THIS_JVM.contains(otherNode)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile(otherNode), StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            log.warn("Cannot tell whether node {} still runs; keeping its staging files", otherNode, e);
            return true;
        }
    }

    private static boolean olderThan(Path file, Duration age, FileTime now) {
        try {
            return Files.getLastModifiedTime(file).compareTo(FileTime.from(now.toInstant().minus(age))) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete leftover {}", file, e);
            return false;
        }
    }

    private Path lockFile(String owner) {
        return directory.resolve("node-" + owner + LOCK);
    }

    @Override
    public void destroy() throws IOException {
        lockChannel.close();
        Files.deleteIfExists(lockFile(node));
        NODES_OF_THIS_JVM.remove(node);
    }
}
