package dev.paperdigest.pipeline;

import dev.paperdigest.Golden;
import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole output of the {@code sites/small} fixture, file by file, against
 * {@code golden/small/}. Static assets are compared too, so a theme change shows up here.
 */
class GoldenSiteTest {
    @TempDir
    Path tmp;

    @Test
    void rendersTheSmallSiteExactly() throws IOException {
        Path out = tmp.resolve("site");
        BuildResult r = new Build("paper-digest test").run(
                new BuildOptions(TestFiles.resources().resolve("sites/small"), out, null, false));
        assertTrue(r.ok(), r.diagnostics().report());

        Path golden = TestFiles.resources().resolve("golden/small");
        TreeMap<String, byte[]> actual = TestFiles.tree(out);
        if (Golden.updating() && Files.exists(golden)) {
            try (Stream<Path> s = Files.walk(golden)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        for (Map.Entry<String, byte[]> e : actual.entrySet()) {
            Golden.assertMatches(golden.resolve(e.getKey()), new String(e.getValue(), StandardCharsets.UTF_8));
        }
        assertEquals(TestFiles.tree(golden).keySet(), actual.keySet(), "the same set of files");
    }
}
