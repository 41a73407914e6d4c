package dev.paperdigest.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time per pipeline stage, in the order the stages ran; for the build summary and the benchmark. */
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
            millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    public Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
