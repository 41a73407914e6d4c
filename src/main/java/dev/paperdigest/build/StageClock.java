package dev.paperdigest.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time per pipeline stage, in the order the stages started; for the build summary and the
 * benchmark. Stages may run at the same time on different threads (the search index while pages
 * render), so the times can add up to more than the build's.
 */
public final class StageClock {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final BuildProgress progress;

    public StageClock() {
        this(new BuildProgress());
    }

    StageClock(BuildProgress progress) {
        this.progress = progress;
    }

    /** Runs {@code stage} and adds its wall time under {@code name}. */
    public <T> T time(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        progress.stage(name);
        try {
            return stage.get();
        } finally {
            synchronized (millis) {
                millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
            }
        }
    }

    public Map<String, Long> millis() {
        synchronized (millis) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        }
    }
}
