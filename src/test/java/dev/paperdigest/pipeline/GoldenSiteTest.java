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
 * The whole output of the {@code sites/small} fixture, file by file, against {@code golden/small/}
 * (base URL {@code /}) and {@code golden/small-absolute/} (an absolute base URL, as on GitHub Pages,
 * so feeds, sitemap, OPML and every link with a host are compared whole). Static assets are compared
 * too, so a theme change shows up here.
 */
class GoldenSiteTest {
    @TempDir
    Path tmp;

    @Test
    void rendersTheSmallSiteExactly() throws IOException {
        assertGolden(null, "golden/small", true);
    }

    @Test
    void rendersTheSmallSiteForAnAbsoluteBaseUrlExactly() throws IOException {
        // the theme's static files are the same bytes whatever the base URL: compared once, above
        assertGolden("https://example.github.io/digest/", "golden/small-absolute", false);
    }

    private void assertGolden(String baseUrl, String goldenDir, boolean statics) throws IOException {
        Path out = tmp.resolve("site");
        BuildResult r = new Build("paper-digest test").run(
                new BuildOptions(TestFiles.resources().resolve("sites/small"), out, baseUrl, false));
        assertTrue(r.ok(), r.diagnostics().report());

        Path golden = TestFiles.resources().resolve(goldenDir);
        TreeMap<String, byte[]> actual = TestFiles.tree(out);
        if (!statics) actual.keySet().removeIf(k -> k.startsWith("css/") || k.startsWith("js/"));
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
