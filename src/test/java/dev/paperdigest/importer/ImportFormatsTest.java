package dev.paperdigest.importer;

import dev.paperdigest.Golden;
import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One realistic source per format under {@code import/<case>/input.*}, imported into an empty digest:
 * the report ({@code expected/report.txt}) and every written file ({@code expected/papers/}) are golden.
 * A second run over the result must add nothing.
 */
class ImportFormatsTest {
    static final LocalDate ADDED = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    static List<String> cases() {
        return TestFiles.subdirs(TestFiles.resources().resolve("import"));
    }

    static Path input(Path caseDir) throws Exception {
        try (Stream<Path> s = Files.list(caseDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
        }
    }

    static String run(Importer importer) {
        ImportReport r = importer.report();
        return String.join("\n", r.lines()) + "\n" + r.diagnostics().report() + r.summary() + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsEachFormatExactly(String name) throws Exception {
        Path caseDir = TestFiles.resources().resolve("import").resolve(name);
        Path in = input(caseDir);
        Path papers = tmp.resolve("content/papers");
        Importer importer = new Importer(papers, "content/papers", new Importer.Options(ADDED, false, false, null));
        importer.importFile(in, in.getFileName().toString());
        Golden.assertMatches(caseDir.resolve("expected/report.txt"), run(importer));

        Path expected = caseDir.resolve("expected/papers");
        TreeMap<String, byte[]> written = TestFiles.tree(papers);
        for (Map.Entry<String, byte[]> e : written.entrySet()) {
            Golden.assertMatches(expected.resolve(e.getKey()), new String(e.getValue(), StandardCharsets.UTF_8));
        }
        assertEquals(TestFiles.tree(expected).keySet(), written.keySet());

        Importer again = new Importer(papers, "content/papers", new Importer.Options(ADDED, false, false, null));
        again.importFile(in, in.getFileName().toString());
        assertEquals(0, again.report().added(), run(again));
        assertEquals(written.keySet(), TestFiles.tree(papers).keySet());
    }
}
