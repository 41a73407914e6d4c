package dev.paperdigest.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One writer of a kind at a time in a digest: an operating-system lock on
 * {@code .paper-digest-cache/<kind>.lock}. {@code import} holds {@code import.lock} while it reads
 * what is there and writes what is new, so a second import waits and then sees the first one's files
 * as already present (never adding a paper twice); {@code build} holds {@code build.lock}, so two
 * builds never interleave their writes into one site and cache. The second one waits, saying so.
 * The lock goes with the process, however it ends.
 */
public final class DigestLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DigestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the {@code kind} lock ("import", "build") of the digest at {@code root}, waiting for
     * another holder to end; {@code waiting} hears once that it waits.
     */
    public static DigestLock acquire(String kind, Path root, Path cacheDir, Consumer<String> waiting) throws IOException {
        Files.createDirectories(cacheDir);
        FileChannel ch = FileChannel.open(cacheDir.resolve(kind + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                waiting.accept(kind + ": another " + kind + " of " + root + " is running; waiting for it to finish");
                l = ch.lock();
            }
            return new DigestLock(ch, l);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** As {@link #acquire}, or null where the lock file cannot be made (a read-only digest). */
    public static DigestLock acquireIfPossible(String kind, Path root, Path cacheDir, Consumer<String> waiting) {
        try {
            return acquire(kind, root, cacheDir, waiting);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
