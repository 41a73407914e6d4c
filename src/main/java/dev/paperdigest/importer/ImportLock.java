package dev.paperdigest.importer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One import into a digest at a time: an operating-system lock on
 * {@code .paper-digest-cache/import.lock} in the digest's root, held while an import reads what is
 * there and writes what is new. A second import waits for it (saying so), then sees the first one's
 * files as already present, so two imports of one source never add a paper twice. The lock goes
 * with the process, however it ends.
 */
public final class ImportLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ImportLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the digest at {@code root}, waiting for another import to end; {@code waiting}
     * hears once that it waits.
     */
    public static ImportLock acquire(Path root, Path cacheDir, Consumer<String> waiting) throws IOException {
        Files.createDirectories(cacheDir);
        FileChannel ch = FileChannel.open(cacheDir.resolve("import.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                waiting.accept("import: another import into " + root + " is running; waiting for it to finish");
                l = ch.lock();
            }
            return new ImportLock(ch, l);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
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
