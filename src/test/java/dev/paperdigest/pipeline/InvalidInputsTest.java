package dev.paperdigest.pipeline;

import dev.paperdigest.Golden;
import dev.paperdigest.TestFiles;
import dev.paperdigest.write.SiteWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every folder under {@code src/test/resources/invalid/} is a broken digest; {@code expected.txt}
 * beside its {@code content/} is the exact report. Each must fail with exactly that report and leave
 * the previous site as it was.
 */
class InvalidInputsTest {
    @TempDir
    Path tmp;

    static List<String> cases() {
        return TestFiles.subdirs(TestFiles.resources().resolve("invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemAndLeavesTheSiteAlone(String name) throws Exception {
        Path caseDir = TestFiles.resources().resolve("invalid").resolve(name);
        Path root = TestFiles.copy(caseDir, tmp.resolve(name));
        Files.createDirectories(root.resolve("content"));
        Path site = Files.createDirectories(root.resolve("site"));
        Files.writeString(site.resolve(SiteWriter.MARKER), "x");
        Files.writeString(site.resolve("index.html"), "previous build");

        BuildResult r = new Build("paper-digest test").run(new BuildOptions(root, site, null, false));

        assertFalse(r.written());
        assertTrue(r.diagnostics().hasErrors());
        Golden.assertMatches(caseDir.resolve("expected.txt"), r.diagnostics().report());
        assertEquals("previous build", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(name), TestFiles.subdirs(tmp), "nothing written beside the digest");
        assertEquals(List.of("content", "site"), TestFiles.subdirs(root).stream().filter(d -> !d.equals("themes")).toList());
    }
}
