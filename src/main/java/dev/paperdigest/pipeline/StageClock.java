package dev.paperdigest.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** A stage's work: it may throw what it throws, and the stage passes it on. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    /** A stage's work that returns nothing. */
    @FunctionalInterface
    public interface Step<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code stage} and adds its wall time under {@code name}. */
    public <T, E extends Exception> T time(String name, Work<T, E> stage) throws E {
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

    /** As {@link #time}, for work with no result. */
    public <E extends Exception> void run(String name, Step<E> stage) throws E {
        time(name, () -> {
            stage.run();
            return null;
        });
    }

    public Map<String, Long> millis() {
        synchronized (millis) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        }
    }
}
