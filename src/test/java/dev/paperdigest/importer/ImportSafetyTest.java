package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a source holds, import finishes, says where it changed something, and writes only files that build. */
class ImportSafetyTest {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    Path tmp;

    private Importer importer() throws Exception {
        return new Importer(tmp.resolve("content/papers"), "content/papers",
                new Importer.Options(LocalDate.of(2026, 11, 26), false, false, null));
    }

    private void assertEveryFileBuilds(Importer i) throws Exception {
        for (String f : i.report().addedFiles()) {
            String text = Files.readString(tmp.resolve(f));
            assertEquals(Optional.empty(), PaperFiles.problem(text), f);
        }
    }

    @Test
    void replacesALoneSurrogateWarnsWithItsPlaceAndImportsTheRest() throws Exception {
        Importer i = importer();
        i.importBytes(("[{\"paper\": {\"id\": \"2401.00001\", \"title\": \"Bad \\ud800 title\", \"summary\": \"x \\udfff y\"}},"
                + " {\"paper\": {\"id\": \"2401.00002\", \"title\": \"Good\", \"summary\": \"fine\"}}]").getBytes(StandardCharsets.UTF_8), "hf.json");
        assertEquals(2, i.report().added(), String.join("\n", i.report().lines()));
        assertEquals("""
                hf.json:$[0].paper: warning: the source holds a lone surrogate (not a character; replaced with U+FFFD)
                  hint: the rest of the record is imported as it is
                """, i.report().diagnostics().report());
        assertTrue(Files.readString(tmp.resolve("content/papers/bad-title.md")).contains("title: \"Bad \uFFFD title\""));
        assertEveryFileBuilds(i);
    }

    @Test
    void neverSplitsACharacterWhenATexAccentMeetsAnEmoji() throws Exception {
        Importer i = importer();
        i.importBytes("@misc{x, title = {Smile \\'{\uD83D\uDE00} and \\\"\uD83D\uDE00}}".getBytes(StandardCharsets.UTF_8), "refs.bib");
        assertEquals(1, i.report().added());
        assertEquals(0, i.report().diagnostics().warningCount(), i.report().diagnostics().report());
        assertEveryFileBuilds(i);
    }

    @Test
    void writesNoControlCharacterOrNoncharacter() throws Exception {
        Importer i = importer();
        i.importBytes("[{\"id\": \"2401.00003\", \"title\": \"A\\u0085B\\u009f C\\uFFFE\\uFFFF D\\u0007\", \"summary\": \"s\\u0000t\"}]"
                .getBytes(StandardCharsets.UTF_8), "hf.json");
        assertEquals(List.of("content/papers/a-b-c-d.md"), i.report().addedFiles());
        String text = Files.readString(tmp.resolve("content/papers/a-b-c-d.md"));
        assertTrue(text.contains("title: \"A B C D\"\n"), text);
        assertTrue(text.endsWith("\ns t\n"), text);
        assertEveryFileBuilds(i);
        assertEquals(6, i.report().diagnostics().warningCount(), i.report().diagnostics().report());
    }

    @Test
    void newWritesATitleWithControlCharactersAsAFileThatBuilds() throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        Diagnostics d = new Diagnostics();
        Optional<String> name = NewPaper.create(tmp.resolve("content"), "content", "Odd\u0085 title\uFFFF", null, List.of(),
                LocalDate.of(2026, 11, 26), d);
        assertEquals(Optional.of("content/papers/odd-title.md"), name, d.report());
        assertEquals(Optional.empty(), PaperFiles.problem(Files.readString(tmp.resolve("content/papers/odd-title.md"))));
    }

    /**
     * Work grows with input size: 8x the input may take at most 16x the time (quadratic would be 64x).
     * Time is this thread's CPU time, best of seven, so other processes and the collector's threads
     * do not count.
     */
    private static void assertLinear(java.util.function.IntFunction<String> input, java.util.function.Consumer<String> parse) {
        String small = input.apply(1);
        String large = input.apply(8);
        for (int warm = 0; warm < 3; warm++) { // let the compiler settle on both
            parse.accept(small);
            parse.accept(large);
        }
        long t1 = Long.MAX_VALUE;
        long t8 = Long.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
            long s = CPU.getCurrentThreadCpuTime();
            parse.accept(small);
            t1 = Math.min(t1, CPU.getCurrentThreadCpuTime() - s);
            s = CPU.getCurrentThreadCpuTime();
            parse.accept(large);
            t8 = Math.min(t8, CPU.getCurrentThreadCpuTime() - s);
        }
        assertTrue(t8 < 16 * Math.max(t1, 1_000_000), "1x " + t1 / 1000 + " us, 8x " + t8 / 1000 + " us");
    }

    @Test
    void readsAuthorFieldsFullOfWhiteSpaceInLinearTime() {
        assertLinear(k -> "A" + " \t ".repeat(100_000 * k) + "B", f -> BibtexFormat.names(f));
        assertLinear(k -> "@misc{x, author = {" + "a ".repeat(50_000 * k) + "}, title = {" + "{".repeat(20_000 * k)
                + "}".repeat(20_000 * k) + "}}", f -> BibtexFormat.parse(f, "x.bib", new Diagnostics()));
    }

    @Test
    void decodesTexAndFindsMathInLinearTime() {
        // sizes large enough that the small input takes milliseconds: below that, allocation and
        // cache effects alone made the large one look 20 times slower
        dev.paperdigest.Linear.assertLinear("TeX as prose", k -> "$a $b ".repeat(4_000 * k) + "\\'".repeat(4_000 * k)
                + "{\\".repeat(4_000 * k), 10, s -> TexText.plain(s));
        dev.paperdigest.Linear.assertLinear("TeX in BibTeX", k -> "$a $b ".repeat(4_000 * k) + "{\\\"o}".repeat(4_000 * k), 10,
                s -> TexText.bibtex(s));
        dev.paperdigest.Linear.assertLinear("plain text as Markdown", k -> "<[*_`&".repeat(4_000 * k)
                + "\n\n- \n".repeat(2_000 * k) + "$a\\_1$ $ b$ ".repeat(2_000 * k), 4,
                s -> dev.paperdigest.text.PlainTextMarkdown.of(s));
    }
}
