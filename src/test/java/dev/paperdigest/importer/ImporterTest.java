package dev.paperdigest.importer;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {
    private static final LocalDate ADDED = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private Importer importer() {
        return new Importer(dir.resolve("content/papers"), "content/papers", ADDED);
    }

    private Path seed(String text) throws Exception {
        return Files.writeString(dir.resolve("seed.txt"), text);
    }

    @Test
    void writesOneQuotedFilePerPaper() throws Exception {
        ImportReport r = importer().importSeed(seed("A \"quoted\": title\nThe abstract with 5\\% and <1%.\n"), "seed.txt");
        assertEquals(List.of("content/papers/a-quoted-title.md"), r.added());
        assertEquals("""
                ---
                title: "A \\"quoted\\": title"
                added: 2026-11-26
                ---

                The abstract with 5\\% and <1%.
                """, Files.readString(dir.resolve("content/papers/a-quoted-title.md")));
    }

    @Test
    void runningTwiceAddsNothingAndNamesTheExistingFiles() throws Exception {
        Path s = seed("Title One\nAbstract.\nTitle Two\nAbstract.\n");
        importer().importSeed(s, "seed.txt");
        ImportReport again = importer().importSeed(s, "seed.txt");
        assertEquals(List.of(), again.added());
        assertEquals(List.of("seed.txt:1: already present as content/papers/title-one.md",
                "seed.txt:3: already present as content/papers/title-two.md"), again.present());
        assertEquals("import: 0 added, 2 already present, 0 skipped with a warning, 0 errors", again.summary());
    }

    @Test
    void neverOverwritesAFileWithTheSameSlug() throws Exception {
        Path papers = Files.createDirectories(dir.resolve("content/papers"));
        Files.writeString(papers.resolve("deep-learning.md"), "---\ntitle: \"Deep Learning!\"\n---\nmine\n");
        Files.writeString(papers.resolve("other.md"), "---\ntitle: \"Deep: Learning\"\n---\nmine\n");
        ImportReport r = importer().importSeed(seed("Deep Learning?\nNew.\nDeep learning\nOther.\n"), "seed.txt");
        assertEquals(List.of(), r.added(), "same normalised title is the same paper");
        assertEquals("---\ntitle: \"Deep Learning!\"\n---\nmine\n", Files.readString(papers.resolve("deep-learning.md")));
    }

    @Test
    void givesDifferentPapersWithTheSameSlugDistinctFiles() throws Exception {
        Path papers = Files.createDirectories(dir.resolve("content/papers"));
        Files.writeString(papers.resolve("gan.md"), "---\ntitle: \"GAN\"\n---\nmine\n");
        ImportReport r = importer().importSeed(seed("G.A.N.\nNew.\n"), "seed.txt");
        assertEquals(List.of("content/papers/g-a-n.md"), r.added());
        r = importer().importSeed(seed("GAN!?\nSame as existing.\nG A N\nSame slug as the previous.\n"), "seed.txt");
        assertEquals(List.of(), r.added());
    }

    @Test
    void writesNothingFromABrokenSource() throws Exception {
        ImportReport r = importer().importSeed(seed("A\nabstract\nB\n"), "seed.txt");
        assertTrue(r.diagnostics().hasErrors());
        assertTrue(Files.notExists(dir.resolve("content/papers")) || TestFiles.tree(dir.resolve("content/papers")).isEmpty());
    }

    @Test
    void importsTheShippedSeedAsTheShippedContent() throws Exception {
        Path seedFile = TestFiles.resources().resolve("seeds/trending-imagenet.txt");
        ImportReport r = importer().importSeed(seedFile, "seed.txt");
        assertEquals(118, r.added().size());
        assertEquals(1, r.diagnostics().warningCount(), r.diagnostics().report());
        assertTrue(r.diagnostics().report().startsWith("seed.txt:213:1: warning: duplicate of the paper on line 199"));
        // The shipped files are this import plus the curator's topics line.
        Path shipped = Path.of("content", "papers").toAbsolutePath();
        for (String added : r.added()) {
            String name = added.substring("content/papers/".length());
            String expected = Files.readString(shipped.resolve(name)).replaceFirst("\ntopics: \\[[^\\]]*]\n", "\n");
            assertEquals(expected, Files.readString(dir.resolve("content/papers").resolve(name)), name);
        }
    }
}
