package dev.paperdigest.pipeline;

import dev.paperdigest.Linear;
import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load, index, classify, related, render and search over an abstract of each hostile shape: a whole
 * build takes time linear in the abstract's length.
 */
class PipelineLinearTest {
    @TempDir
    Path tmp;
    int n;

    @Test
    void aWholeBuildIsLinearInAnAbstractsLength() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("one very long word", k -> "x".repeat(k));
        shapes.put("one word repeated", k -> "robustness ".repeat(k / 11));
        shapes.put("distinct words", k -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < k; i++) b.append("w").append(Integer.toString(i, 36)).append(' ');
            return b.toString();
        });
        shapes.put("many short lines", k -> "a b\n".repeat(k / 4));
        shapes.put("digits and punctuation", k -> "1.5e-3, (42%) ".repeat(k / 14));
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("digest"));
        for (Map.Entry<String, IntFunction<String>> e : shapes.entrySet()) {
            Linear.assertLinear(e.getKey(), e.getValue(), 25_000, text -> {
                try {
                    Files.writeString(root.resolve("content/papers/hostile.md"),
                            "---\ntitle: \"Hostile\"\nadded: 2026-11-01\n---\n\n" + text + "\n");
                    BuildResult r = new Build("t").run(new BuildOptions(root, tmp.resolve("out-" + n++), null, false));
                    assertTrue(r.ok(), r.diagnostics().report());
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        }
    }
}
