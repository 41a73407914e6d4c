package dev.paperdigest.importer;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.load.PaperReader;
import dev.paperdigest.model.Paper;
import dev.paperdigest.text.Texts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {
    private static final LocalDate ADDED = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private Path papers() {
        return dir.resolve("content/papers");
    }

    private Importer importer(boolean update, boolean dryRun) throws Exception {
        return new Importer(papers(), "content/papers", new Importer.Options(ADDED, update, dryRun, null));
    }

    private Importer importText(String text, String name) throws Exception {
        Importer i = importer(false, false);
        i.importBytes(text.getBytes(StandardCharsets.UTF_8), name);
        return i;
    }

    @Test
    void writesOneQuotedFilePerPaper() throws Exception {
        Importer i = importText("A \"quoted\": title\nThe abstract with 5\\% and <1%.\n", "seed.txt");
        assertEquals(List.of("content/papers/a-quoted-title.md"), i.report().addedFiles());
        assertEquals("""
                ---
                title: "A \\"quoted\\": title"
                added: 2026-11-26
                ---

                The abstract with 5% and \\<1%.
                """, Files.readString(papers().resolve("a-quoted-title.md")));
    }

    @Test
    void runningTwiceAddsNothingAndNamesTheExistingFiles() throws Exception {
        String seed = "Title One\nAbstract.\nTitle Two\nAbstract.\n";
        importText(seed, "seed.txt");
        Importer again = importText(seed, "seed.txt");
        assertEquals(List.of("seed.txt:1: already present as content/papers/title-one.md",
                "seed.txt:3: already present as content/papers/title-two.md"), again.report().lines());
        assertEquals("import: 0 added, 2 already present, 0 updated, 0 rejected", again.report().summary());
    }

    @Test
    void keepsTheFirstOfAPaperListedTwiceInOneSource() throws Exception {
        Importer i = importText("A Title\nFirst abstract.\nB\nx\na  title.\nSecond abstract.\n", "seed.txt");
        assertEquals(List.of("added seed.txt:1 -> content/papers/a-title.md", "added seed.txt:3 -> content/papers/b.md",
                "seed.txt:5: already present as content/papers/a-title.md"), i.report().lines());
        assertTrue(Files.readString(papers().resolve("a-title.md")).contains("First abstract."));
    }

    @Test
    void matchesExistingPapersByArxivIdDoiOrTitle() throws Exception {
        Files.createDirectories(papers());
        Files.writeString(papers().resolve("resnet.md"), "---\ntitle: \"ResNet (my name for it)\"\narxiv: \"1512.03385\"\n---\nmine\n");
        Files.writeString(papers().resolve("imagenet.md"), "---\ntitle: \"ImageNet DB\"\ndoi: \"10.1109/CVPR.2009.5206848\"\n---\nmine\n");
        Importer i = importer(false, false);
        i.importFile(TestFiles.resources().resolve("import/s2/input.json"), "s2.json");
        assertEquals(List.of("s2.json:$.data[0]: already present as content/papers/resnet.md",
                "s2.json:$.data[1]: already present as content/papers/imagenet.md",
                "s2.json:$.data[2]: rejected: no title"), i.report().lines());
        assertEquals("---\ntitle: \"ResNet (my name for it)\"\narxiv: \"1512.03385\"\n---\nmine\n",
                Files.readString(papers().resolve("resnet.md")), "never overwritten");
    }

    @Test
    void updateFillsOnlyWhatTheFileLacks() throws Exception {
        Files.createDirectories(papers());
        String mine = "---\ntitle: \"Deep Residual Learning for Image Recognition\"\nauthors: []\ntopics: [architectures]\n"
                + "venue: \"My venue\"\n---\n\nMy own abstract.\n";
        Files.writeString(papers().resolve("resnet.md"), mine);
        Importer i = importer(true, false);
        i.importFile(TestFiles.resources().resolve("import/s2/input.json"), "s2.json");
        assertEquals("s2.json:$.data[0]: updated content/papers/resnet.md (filled authors, date, arxiv, doi, url)",
                i.report().lines().get(0));
        assertEquals("""
                ---
                title: "Deep Residual Learning for Image Recognition"
                topics: [architectures]
                venue: "My venue"
                authors:
                  - "Kaiming He"
                  - "X. Zhang"
                date: 2015-12-10
                arxiv: "1512.03385"
                doi: "10.1109/cvpr.2016.90"
                url: "https://www.semanticscholar.org/paper/2c03df8b48bf3fa39054345bafabfeff15bfd11d"
                ---

                My own abstract.
                """, Files.readString(papers().resolve("resnet.md")));
        Importer again = importer(true, false);
        again.importFile(TestFiles.resources().resolve("import/s2/input.json"), "s2.json");
        assertEquals(0, again.report().updated(), "nothing left to fill");
    }

    @Test
    void dryRunPrintsWhatItWouldWriteAndWritesNothing() throws Exception {
        Importer i = importer(false, true);
        i.importBytes("A Paper\nIts abstract.\n".getBytes(StandardCharsets.UTF_8), "seed.txt");
        assertEquals(List.of("would add seed.txt:1 -> content/papers/a-paper.md", "    ---", "    title: \"A Paper\"",
                "    added: 2026-11-26", "    ---", "    ", "    Its abstract."), i.report().lines());
        assertFalse(Files.exists(papers()));
    }

    @Test
    void givesDifferentPapersWithTheSameSlugDistinctFiles() throws Exception {
        Files.createDirectories(papers());
        Files.writeString(papers().resolve("gan.md"), "---\ntitle: \"GAN\"\n---\nmine\n");
        Importer i = importText("G.A.N. 2\nNew.\nG A N: two\nOther.\n", "seed.txt");
        assertEquals(List.of("content/papers/g-a-n-2.md", "content/papers/g-a-n-two.md"), i.report().addedFiles());
        i = importText("G.A.N\nNew.\n", "seed.txt");
        assertEquals(List.of("content/papers/g-a-n.md"), i.report().addedFiles());
        assertEquals("---\ntitle: \"GAN\"\n---\nmine\n", Files.readString(papers().resolve("gan.md")));
    }

    @Test
    void writesNothingFromABrokenSource() throws Exception {
        Importer i = importText("A\nabstract\nB\n", "seed.txt");
        assertTrue(i.report().diagnostics().hasErrors());
        assertFalse(Files.exists(papers()));
        assertEquals("import: 0 added, 0 already present, 0 updated, 0 rejected, 1 files not imported", i.report().summary());
    }

    @Test
    void importsTheShippedSeedAsTheShippedContent() throws Exception {
        Importer i = importer(false, false);
        i.importFile(TestFiles.resources().resolve("seeds/trending-imagenet.txt"), "seed.txt");
        assertEquals(118, i.report().added());
        assertEquals(1, i.report().present());
        assertTrue(i.report().lines().contains(
                "seed.txt:213: already present as content/papers/fully-convolutional-networks-for-semantic-segmentation.md"));
        // The shipped files are this import plus what the curator added: a reader sees the same title and abstract.
        Path shipped = Path.of("content", "papers").toAbsolutePath();
        for (String added : i.report().addedFiles()) {
            String name = added.substring("content/papers/".length());
            Paper expected = read(name, Files.readString(shipped.resolve(name)));
            Paper imported = read(name, Files.readString(papers().resolve(name)));
            assertEquals(expected.title(), imported.title(), name);
            assertEquals(expected.abstractText(), imported.abstractText(), name);
            assertEquals(expected.abstractHtml(), imported.abstractHtml(), name);
        }
    }

    private static Paper read(String name, String text) {
        Diagnostics d = new Diagnostics();
        Optional<Paper> p = PaperReader.anyTopics().read("x", name, Texts.contentText(text), d);
        assertTrue(p.isPresent(), d.report());
        return p.get();
    }
}
