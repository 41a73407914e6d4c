package dev.paperdigest.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a running build is doing, for a progress display: the current stage and how many files it
 * has written. Written by the build's threads, read by the display's; all fields are thread-safe.
 */
public final class BuildProgress {
    private volatile String stage = "starting";
    private final AtomicLong files = new AtomicLong();
    private final long started = System.nanoTime();

    public String stage() {
        return stage;
    }

    void stage(String s) {
        stage = s;
    }

    public long files() {
        return files.get();
    }

    void fileWritten() {
        files.incrementAndGet();
    }

    public long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
